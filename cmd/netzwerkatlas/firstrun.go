package main

import (
	"context"
	"fmt"
	"net"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// firstAdminName is the name of the admin token that the first start makes.
const firstAdminName = "Erstanmeldung"

// firstSignIn makes an admin token when the store holds no token at all (an empty
// installation), and returns a link that signs in with it, for serve to print once,
// as Jupyter and Grafana do at their first start; else "". The link carries the
// secret in its fragment (#token=…), which browsers never send to a server, so it
// appears in no access log. At the next start a token exists, so the secret is
// never shown again.
func firstSignIn(ctx context.Context, store graph.Store, addr net.Addr) (string, error) {
	tokens, err := store.Tokens(ctx)
	if err != nil || len(tokens) > 0 {
		return "", err
	}
	secret := graph.NewTokenSecret()
	if err := store.CreateToken(ctx, &graph.Token{Name: firstAdminName, Role: graph.RoleAdmin, Hash: graph.HashToken(secret)}); err != nil {
		return "", fmt.Errorf("Admin-Token für die erste Anmeldung anlegen: %w", err)
	}
	return signInLink(addr, secret), nil
}

// signInLink returns the link to the sign-in page of the server at addr with the
// token secret in its fragment. A server on all interfaces is linked on loopback.
func signInLink(addr net.Addr, secret string) string {
	host, port := "127.0.0.1", ""
	if tcp, ok := addr.(*net.TCPAddr); ok {
		port = fmt.Sprint(tcp.Port)
		if !tcp.IP.IsUnspecified() {
			host = tcp.IP.String()
		}
	}
	return "http://" + net.JoinHostPort(host, port) + "/anmeldung#token=" + secret
}
