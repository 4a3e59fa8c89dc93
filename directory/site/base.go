package site

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// validHost matches a Host header that may go into an absolute link: a name or an
// IPv4 or bracketed IPv6 address, with an optional port.
var validHost = regexp.MustCompile(`^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$`)

// AbsoluteBase returns the address that absolute links to the installation start
// with, without a trailing slash: the configured PublicURL, or else the scheme and
// host of the request r (http://localhost if its Host header is not a plain host).
func (s Settings) AbsoluteBase(r *http.Request) string {
	if s.PublicURL != "" {
		return strings.TrimSuffix(s.PublicURL, "/")
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host := r.Host
	if !validHost.MatchString(host) {
		host = "localhost"
	}
	return scheme + "://" + host
}

// OfferURL returns the absolute address of the page of the offer with the ID.
func (s Settings) OfferURL(r *http.Request, id string) string {
	return s.AbsoluteBase(r) + Base + "/angebot/" + url.PathEscape(id)
}
