// Command netzwerkatlas is the one binary of Netzwerkatlas: it serves the API and the
// web interface, imports and exports files, analyses the network, generates the demo
// county, migrates between stores and manages API tokens.
//
// Run "netzwerkatlas help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "netzwerkatlas:", describe(err))
		}
		os.Exit(exitCode(err))
	}
}

// command is one subcommand of the binary.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what every command gets from run: the environment, the standard streams.
type env struct {
	getenv         func(string) string
	stdin          io.Reader
	stdout, stderr io.Writer
}

// commands lists the subcommands in the order "help" shows them.
var commands = []command{
	{"serve", "API und Weboberfläche bereitstellen", runServe},
	{"demo", "den Demo-Landkreis als JSON ausgeben", runDemo},
	{"token", "API-Tokens anlegen, auflisten und widerrufen", runToken},
	{"user", "Benutzerkonto anlegen (etwa das erste mit der Rolle admin)", runUser},
	{"analyze", "Kennzahlen des Netzwerks berechnen und zusammenfassen", runAnalyze},
	{"report", "Bericht für die Steuerungsgruppe als HTML oder barrierefreies PDF schreiben", runReport},
	{"import", "Dateien (CSV, XLSX, GraphML, GEXF, JSON, GeoJSON) prüfen und importieren", runImport},
	{"export", "das Netzwerk als Datei exportieren, auf Wunsch mit Kennzahlen", runExport},
	{"migrate", "alle Daten von einem Speicher in einen anderen kopieren und prüfen", runMigrate},
	{"health", "fragen, ob ein laufender Server bereit ist", runHealth},
}

// run executes the command named by args[0]. It is main without the process: tests call
// it with their own arguments, environment and streams.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	e := &env{getenv: getenv, stdin: os.Stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return usageError{"kein Befehl angegeben"}
		}
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] {
			// The history names the command as the writer of what it stores.
			return c.run(graph.WithWriter(ctx, "Kommandozeile ("+c.name+")"), e, args[1:])
		}
	}
	usage(stderr)
	return usageError{fmt.Sprintf("unbekannter Befehl %q", args[0])}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Netzwerkatlas – Kooperationsnetzwerke in der Sozialplanung kartieren und analysieren.")
	fmt.Fprintln(w, "\nAufruf: netzwerkatlas <Befehl> [Optionen]\n\nBefehle:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\n„netzwerkatlas <Befehl> --help“ zeigt die Optionen eines Befehls.")
}

// newFlags returns a flag set for a command that writes its help to stderr and
// returns errors instead of exiting.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Aufruf: netzwerkatlas %s\n\nOptionen:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses a command's arguments; a bad command line becomes a usageError. It is
// for commands without positional arguments.
func parse(fs *flag.FlagSet, args []string) error {
	rest, err := parseWithArgs(fs, args)
	if err == nil && len(rest) > 0 {
		err = usageError{fmt.Sprintf("unerwartetes Argument %q", rest[0])}
	}
	return err
}

// parseWithArgs parses a command's options, which may stand before, between and after
// its positional arguments, and returns the positional arguments. "--" ends the
// options. A bad command line becomes a usageError.
func parseWithArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		left := fs.Args()
		if len(left) == 0 {
			return rest, nil
		}
		if consumed := len(args) - len(left); consumed > 0 && args[consumed-1] == "--" {
			return append(rest, left...), nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// exitCode maps an error to the process exit code: 2 for usage errors, 3 when a
// backing service (Neo4j) is unavailable, 1 otherwise.
func exitCode(err error) int {
	var u usageError
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &u):
		return 2
	case graph.ErrorCode(err) == graph.Unavailable:
		return 3
	}
	return 1
}

// usageError marks an error in the command line.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

// describe renders an error for the terminal: a domain error as its German message with
// one line per field, and its technical cause; any other error as it is.
func describe(err error) string {
	var e *graph.Error
	if !errors.As(err, &e) {
		return err.Error()
	}
	msg := e.Message
	for _, f := range e.Fields {
		msg += fmt.Sprintf("\n  %s: %s", f.Field, f.Message)
	}
	if e.Err != nil {
		msg += fmt.Sprintf("\n  Ursache: %v", e.Err)
	}
	return msg
}
