// Package oidc signs people in through the county's single sign-on, with OpenID
// Connect: the authorization code flow with PKCE (S256), a nonce, and a single-use state
// that the browser must bring back (the caller keeps it in a cookie).
//
// A [Client] is built once from a [Config]; it discovers the provider at the first sign-in.
// [Client.Begin] returns the provider's authorization URL and the state; the PKCE
// verifier and the nonce stay on the server, in a bounded in-memory store with an
// expiry, keyed by the state. [Client.Finish] takes the browser's state and the query of
// the callback, redeems the code and returns the verified [Identity], whose role is
// mapped from one claim of the ID token (such as "groups" or "roles") through
// [Config.Roles]. [Client.SignOutURL] returns the provider's end-session URL, which ends
// the person's session at the provider too.
//
// Errors carry the codes of package graph with a German message for the person:
// Unauthorized for a refused, forged, replayed or expired sign-in, Forbidden when no
// claim value maps to a role and there is no default, Unavailable when the provider
// cannot be reached.
//
// The package is tested against a real Keycloak (see .ci/with-keycloak).
package oidc
