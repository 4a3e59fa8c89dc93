package main

import (
	"context"
	"fmt"
	"log/slog"
	"text/tabwriter"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func runToken(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || (args[0] != "create" && args[0] != "list" && args[0] != "revoke") {
		fmt.Fprintln(e.stderr, "Aufruf: netzwerkatlas token create --role ROLLE --name NAME | token list | token revoke --id ID")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return usageError{"token braucht einen Unterbefehl: create, list oder revoke"}
	}
	sub := args[0]
	fs := newFlags(e, "token "+sub, "token "+sub+" [Optionen]")
	role := fs.String("role", "", "Rolle des neuen Tokens: viewer, analyst, editor oder admin (create)")
	name := fs.String("name", "", "Name des neuen Tokens, z. B. wer es nutzt (create)")
	id := fs.String("id", "", "ID des zu widerrufenden Tokens (revoke)")
	sc := addStoreFlags(fs, e)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	store, err := sc.open(ctx, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer store.Close()

	switch sub {
	case "create":
		secret := graph.NewTokenSecret()
		t := &graph.Token{Name: *name, Role: graph.Role(*role), Hash: graph.HashToken(secret)}
		if err := store.CreateToken(ctx, t); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "Token %q (%s) angelegt, ID %s. Das Geheimnis wird nur jetzt angezeigt:\n", t.Name, t.Role, t.ID)
		fmt.Fprintln(e.stdout, secret)
	case "list":
		tokens, err := store.Tokens(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tROLLE\tANGELEGT")
		for _, t := range tokens {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.ID, t.Name, t.Role, t.CreatedAt.Format("2006-01-02 15:04"))
		}
		return tw.Flush()
	case "revoke":
		if *id == "" {
			return usageError{"--id fehlt"}
		}
		if err := store.DeleteToken(ctx, *id); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "Token %s widerrufen.\n", *id)
	}
	return nil
}
