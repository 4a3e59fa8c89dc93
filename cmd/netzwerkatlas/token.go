package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"text/tabwriter"
	"time"

	berrors "go.etcd.io/bbolt/errors"

	"github.com/netzwerkatlas/netzwerkatlas/api"
	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// tokenAdmin is where the token commands act: the store itself, or a running server's
// admin socket when that server holds the embedded data file.
type tokenAdmin interface {
	// create makes a token and returns it with its secret.
	create(ctx context.Context, spec tokenSpec) (*graph.Token, string, error)
	list(ctx context.Context) ([]graph.Token, error)
	// revoke revokes a token; Conflict for the last admin token.
	revoke(ctx context.Context, id string) error
	close() error
}

// tokenSpec is what token create makes: as the API's POST /api/v1/tokens takes it.
type tokenSpec struct {
	name    string
	role    graph.Role
	expires *time.Time // nil: no expiry
	actorID string     // "": not scoped
}

func runToken(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || (args[0] != "create" && args[0] != "list" && args[0] != "revoke") {
		fmt.Fprintln(e.stderr, "Aufruf: netzwerkatlas token create --role ROLLE --name NAME [--expires JJJJ-MM-TT] [--actor ID] | token list | token revoke --id ID")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return usageError{"token braucht einen Unterbefehl: create, list oder revoke"}
	}
	sub := args[0]
	fs := newFlags(e, "token "+sub, "token "+sub+" [Optionen]")
	role := fs.String("role", "", "Rolle des neuen Tokens: viewer, analyst, editor oder admin (create)")
	name := fs.String("name", "", "Name des neuen Tokens, z. B. wer es nutzt (create)")
	expires := fs.String("expires", "", "gültig bis einschließlich dieses Tages (JJJJ-MM-TT); ohne Angabe unbefristet (create)")
	actor := fs.String("actor", "", "ID des Akteurs, auf den das Token beschränkt ist: es darf nur ihn und seine Angebote ändern; nur mit --role editor (create)")
	id := fs.String("id", "", "ID des zu widerrufenden Tokens (revoke)")
	sc := addStoreFlags(fs, e)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if sub == "revoke" && *id == "" {
		return usageError{"--id fehlt"}
	}
	spec := tokenSpec{name: *name, role: graph.Role(*role), actorID: *actor}
	if *expires != "" {
		day, err := time.ParseInLocation(time.DateOnly, *expires, time.Local)
		if err != nil {
			return usageError{fmt.Sprintf("--expires %q ist kein Datum wie 2027-12-31", *expires)}
		}
		end := day.AddDate(0, 0, 1).Add(-time.Millisecond) // through that day, as the web form means it
		spec.expires = &end
	}
	admin, err := openTokenAdmin(ctx, sc)
	if err != nil {
		return err
	}
	defer admin.close()

	switch sub {
	case "create":
		t, secret, err := admin.create(ctx, spec)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "Token %q (%s) angelegt, ID %s%s. Das Geheimnis wird nur jetzt angezeigt:\n", t.Name, t.Role, t.ID, tokenLimits(t))
		fmt.Fprintln(e.stdout, secret)
	case "list":
		tokens, err := admin.list(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tROLLE\tANGELEGT\tGÜLTIG BIS\tAKTEUR")
		for _, t := range tokens {
			until := "unbefristet"
			if t.ExpiresAt != nil {
				until = t.ExpiresAt.Local().Format(time.DateOnly)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.Name, t.Role, t.CreatedAt.Format("2006-01-02 15:04"), until, cmp.Or(t.ActorID, "-"))
		}
		return tw.Flush()
	case "revoke":
		if err := admin.revoke(ctx, *id); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "Token %s widerrufen.\n", *id)
	}
	return nil
}

// tokenLimits describes a new token's expiry and actor scope for the confirmation,
// such as ", gültig bis 2027-12-31, nur für den Akteur a1"; "" without either.
func tokenLimits(t *graph.Token) string {
	var s string
	if t.ExpiresAt != nil {
		s += ", gültig bis " + t.ExpiresAt.Local().Format(time.DateOnly)
	}
	if t.ActorID != "" {
		s += ", nur für den Akteur " + t.ActorID
	}
	return s
}

// openTokenAdmin returns where the token commands act. With the embedded store, a
// server that runs on the same data directory answers on its admin socket; then the
// commands go there, since the server holds the data file. Else the store is opened.
// If the data file is held by a process without an admin socket, the error says what
// to do.
func openTokenAdmin(ctx context.Context, sc *storeConfig) (tokenAdmin, error) {
	if sc.neo4j.URI == "" {
		if client, ok := adminClient(ctx, sc.dataDir); ok {
			return socketTokens{client}, nil
		}
	}
	store, err := sc.open(ctx, slog.New(slog.DiscardHandler))
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, &graph.Error{Code: graph.Unavailable, Err: err, Message: fmt.Sprintf(
			"Die Datendatei in %s ist von einem anderen Prozess geöffnet, und an %s antwortet kein Netzwerkatlas-Server. "+
				"Abhilfe: Läuft ein Import, Export oder eine Migration, warten Sie, bis sie fertig ist, und wiederholen Sie den Befehl. "+
				"Läuft „netzwerkatlas serve“ mit diesen Daten, legen Sie das Token mit einem Admin-Token über die API an (POST /api/v1/tokens), "+
				"oder beenden Sie den Server kurz, legen Sie das Token an und starten Sie ihn wieder.",
			sc.dataDir, adminSocketPath(sc.dataDir))}
	}
	if err != nil {
		return nil, err
	}
	return storeTokens{store}, nil
}

// storeTokens manages tokens in an open store.
type storeTokens struct{ store graph.Store }

func (s storeTokens) create(ctx context.Context, spec tokenSpec) (*graph.Token, string, error) {
	return api.CreateToken(ctx, s.store, time.Now(), spec.name, spec.role, spec.expires, spec.actorID)
}

func (s storeTokens) list(ctx context.Context) ([]graph.Token, error) { return s.store.Tokens(ctx) }

func (s storeTokens) revoke(ctx context.Context, id string) error {
	return s.store.DeleteToken(ctx, id)
}

func (s storeTokens) close() error { return s.store.Close() }
