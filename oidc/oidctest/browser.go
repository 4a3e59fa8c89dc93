package oidctest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Browser is an HTTP client with a cookie jar that follows redirects like a browser,
// except to URLs that start with StopAt (the callback, when no server answers there):
// those it returns as the last response's Location.
type Browser struct {
	Client *http.Client
	StopAt string
}

// NewBrowser returns a browser with an empty cookie jar.
func NewBrowser(stopAt string) *Browser {
	jar, _ := cookiejar.New(nil)
	b := &Browser{StopAt: stopAt}
	b.Client = &http.Client{Jar: jar, Timeout: 60 * time.Second, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if b.StopAt != "" && strings.HasPrefix(req.URL.String(), b.StopAt) {
			return http.ErrUseLastResponse
		}
		if len(via) >= 20 {
			return errors.New("too many redirects")
		}
		return nil
	}}
	return b
}

// Page is where the browser ended: its URL (the redirect target, if it stopped at
// StopAt), status and body.
type Page struct {
	URL    *url.URL
	Status int
	Body   string
}

// LoginForm reports whether the page is Keycloak's login form.
func (p Page) LoginForm() bool { _, ok := formAction(p); return ok }

// Get opens u and follows redirects.
func (b *Browser) Get(ctx context.Context, u string) (Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return Page{}, err
	}
	return b.do(req)
}

// SignIn opens authURL and, if Keycloak shows its login form, submits username and
// password. It returns the page it ends on (for a stopped redirect, the callback URL
// with code and state).
func (b *Browser) SignIn(ctx context.Context, authURL, username, password string) (Page, error) {
	p, err := b.Get(ctx, authURL)
	if err != nil {
		return p, err
	}
	action, ok := formAction(p)
	if !ok {
		return p, nil // already signed in at the provider
	}
	form := url.Values{"username": {username}, "password": {password}, "credentialId": {""}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.URL.ResolveReference(action).String(), strings.NewReader(form.Encode()))
	if err != nil {
		return Page{}, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(req)
}

func (b *Browser) do(req *http.Request) (Page, error) {
	resp, err := b.Client.Do(req)
	if err != nil {
		return Page{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return Page{}, err
	}
	p := Page{URL: resp.Request.URL, Status: resp.StatusCode, Body: string(body)}
	if loc := resp.Header.Get("Location"); loc != "" && resp.StatusCode/100 == 3 {
		if p.URL, err = resp.Request.URL.Parse(loc); err != nil {
			return p, fmt.Errorf("redirect to %q: %w", loc, err)
		}
	}
	return p, nil
}

// formAction returns the action of Keycloak's login form (id kc-form-login), if the
// page has one.
func formAction(p Page) (*url.URL, bool) {
	doc, err := html.Parse(strings.NewReader(p.Body))
	if err != nil {
		return nil, false
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "form" || attr(n, "id") != "kc-form-login" {
			continue
		}
		u, err := url.Parse(attr(n, "action"))
		return u, err == nil
	}
	return nil, false
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}
