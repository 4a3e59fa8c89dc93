package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// runUser creates a user account, such as the first admin: "user add --email E --name N
// --role admin". With --password-stdin the first line of the standard input is the
// password; without it the command prints a one-time link (valid for an hour) with
// which the person sets one. While "serve" holds the embedded data file, the account
// is created through its admin socket, as the token commands do.
func runUser(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprintln(e.stderr, "Aufruf: netzwerkatlas user add --email ADRESSE --name NAME --role ROLLE [--password-stdin]")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return usageError{"user braucht den Unterbefehl add"}
	}
	fs := newFlags(e, "user add", "user add [Optionen]")
	email := fs.String("email", "", "E-Mail-Adresse des Kontos; mit ihr meldet sich die Person an")
	name := fs.String("name", "", "Name der Person")
	role := fs.String("role", "", "Rolle: viewer, analyst, editor oder admin")
	fromStdin := fs.Bool("password-stdin", false, "das Passwort aus der ersten Zeile der Standardeingabe lesen (mindestens 12 Zeichen); sonst wird ein Link zum Festlegen ausgegeben")
	publicURL := fs.String("public-url", e.getenv("NETZWERKATLAS_PUBLIC_URL"), "Adresse des Dienstes für den Link, z. B. https://netzwerk.landkreis.de (NETZWERKATLAS_PUBLIC_URL)")
	sc := addStoreFlags(fs, e)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	req := api.UserRequest{Name: *name, Email: *email, Role: graph.Role(*role)}
	if *fromStdin {
		line, err := bufio.NewReader(e.stdin).ReadString('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("Passwort lesen: %w", err)
		}
		if req.Password = strings.TrimRight(line, "\r\n"); req.Password == "" {
			return usageError{"--password-stdin: die Standardeingabe enthält kein Passwort"}
		}
	}
	var created api.CreatedAccount
	if client, ok := adminClient(ctx, sc.dataDir); ok && sc.neo4j.URI == "" {
		body, _ := json.Marshal(req)
		if err := (socketTokens{client}).do(ctx, "POST", "/api/v1/users", body, &created); err != nil {
			return err
		}
	} else {
		store, err := sc.open(ctx, slog.New(slog.DiscardHandler))
		if err != nil {
			return err
		}
		defer store.Close()
		out, err := api.CreateUser(ctx, store, req, *publicURL)
		if err != nil {
			return err
		}
		created = *out
	}
	fmt.Fprintf(e.stderr, "Benutzerkonto %q <%s> (%s) angelegt, ID %s.\n", created.Name, created.Email, created.Role, created.ID)
	if created.ResetLink != "" {
		fmt.Fprintf(e.stderr, "Mit diesem Link legt die Person ihr Passwort fest; er gilt bis %s und nur einmal:\n",
			created.ResetExpiresAt.Local().Format("02.01.2006 15:04"))
		fmt.Fprintln(e.stdout, created.ResetLink)
	}
	return nil
}
