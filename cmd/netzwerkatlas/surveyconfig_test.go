package main

import (
	"bytes"
	"log/slog"
	"net"
	"strings"
	"testing"
)

func TestSurveyConfigTakesThePasswordFromTheEnvironmentOnly(t *testing.T) {
	listen := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}
	parse := func(vars map[string]string, args ...string) *surveyConfig {
		e := &env{getenv: func(k string) string { return vars[k] }, stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
		fs := newFlags(e, "serve", "serve")
		c := addSurveyFlags(fs, e)
		if err := parse(fs, args); err != nil {
			t.Fatal(err)
		}
		return c
	}
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))

	c := parse(map[string]string{"NETZWERKATLAS_SMTP_PASSWORD": "streng-geheim"},
		"--smtp-host", "mail.example", "--smtp-user", "netz", "--smtp-from", "netz@kreis.example")
	cfg, err := c.config(listen, logger)
	if err != nil || cfg.Mailer == nil || cfg.PublicURL != "http://127.0.0.1:8080" {
		t.Fatalf("config: %+v, %v", cfg, err)
	}
	if strings.Contains(logs.String(), "streng-geheim") || !strings.Contains(logs.String(), "mail.example") {
		t.Errorf("log: %s", logs.String())
	}
	// Without the variable, a user has no password: a usage error naming the variable.
	c = parse(nil, "--smtp-host", "mail.example", "--smtp-user", "netz", "--smtp-from", "netz@kreis.example")
	if _, err := c.config(listen, logger); err == nil || !strings.Contains(err.Error(), "NETZWERKATLAS_SMTP_PASSWORD") {
		t.Errorf("user without password: %v", err)
	}
	// No SMTP host: no mailer; links still point to the public address.
	cfg, err = parse(nil, "--public-url", "https://netz.kreis.example").config(listen, logger)
	if err != nil || cfg.Mailer != nil || cfg.PublicURL != "https://netz.kreis.example" {
		t.Errorf("without SMTP: %+v, %v", cfg, err)
	}
	if _, err := parse(nil, "--public-url", "netz.kreis.example").config(listen, logger); err == nil {
		t.Error("a public URL without scheme was accepted")
	}
}
