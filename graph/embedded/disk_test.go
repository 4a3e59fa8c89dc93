//go:build linux

package embedded

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

// mountTmpfs mounts a tmpfs of the size ("8m") on a new directory, unmounted when the
// test ends. It needs root; it skips, saying why, when it cannot mount.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root; the full-disk and read-only tests run as root (as in CI)")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs (no CAP_SYS_ADMIN in this container?): %v %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
	})
	return dir
}

// fillDisk writes a file into dir until the file system is full and returns it.
func fillDisk(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("fill the disk: %v", err)
			}
			return path
		}
	}
}

// TestFullDisk fills the file system under the data file: a write fails with
// InsufficientStorage and a German message that says nothing was written, the store
// keeps its data and stays readable, and the same write succeeds once space is free.
func TestFullDisk(t *testing.T) {
	dir := mountTmpfs(t, "16m")
	s, err := Open(filepath.Join(dir, "netzwerkatlas.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fill(t, s)
	before := snapshotJSON(t, s)

	filler := fillDisk(t, dir)
	batch := demo.Generate(demo.Options{Seed: 1, Actors: 3000, Cooperations: 6000})
	_, err = s.Upsert(t.Context(), batch, graph.BatchOptions{})
	if graph.ErrorCode(err) != graph.InsufficientStorage {
		t.Fatalf("Upsert on a full disk: code %q (%v), want insufficient_storage", graph.ErrorCode(err), err)
	}
	for _, want := range []string{"voll", "nichts geschrieben", "Lesen geht weiter"} {
		if msg := graph.ErrorMessage(err); !strings.Contains(msg, want) {
			t.Errorf("message %q does not say %q", msg, want)
		}
	}
	if after := snapshotJSON(t, s); after != before {
		t.Error("the failed Upsert changed the data")
	}
	a := &graph.Actor{Name: "Neu", Kind: "association", LegalDomains: []string{"sgb9"}, Description: strings.Repeat("Beschreibung ", 300)}
	for range 50 { // small writes fill the file's free pages, then fail the same way
		if err = s.Create(t.Context(), a); err != nil {
			break
		}
		a.ID = ""
	}
	if graph.ErrorCode(err) != graph.InsufficientStorage {
		t.Errorf("Create on a full disk: code %q (%v), want insufficient_storage", graph.ErrorCode(err), err)
	}
	if a.ID != "" || a.Version != 0 {
		t.Errorf("the failed Create left ID %q, version %d on the entity", a.ID, a.Version)
	}
	if _, err := s.Get(t.Context(), graph.KindActor, "ac-1"); err != nil {
		t.Errorf("Get on a full disk: %v", err)
	}
	if err := s.Ping(t.Context()); err != nil {
		t.Errorf("Ping on a full disk: %v", err)
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	res, err := s.Upsert(t.Context(), batch, graph.BatchOptions{})
	if err != nil {
		t.Fatalf("Upsert once space is free: %v", err)
	}
	if c := res.Counts[graph.KindActor]; c == nil || c.Created != len(batch.Actors) {
		t.Errorf("Upsert once space is free: %+v, want %d actors created", res.Counts[graph.KindActor], len(batch.Actors))
	}
	s.Close()
	s, err = Open(filepath.Join(dir, "netzwerkatlas.db"))
	if err != nil {
		t.Fatalf("reopen after the full disk: %v", err)
	}
	defer s.Close()
	if got, err := s.Get(t.Context(), graph.KindActor, "ac-1"); err != nil || got.(*graph.Actor).Name != "Lebenshilfe" {
		t.Errorf("after reopening: %v, %v", got, err)
	}
}

// TestReadOnlyDirectory opens a data file on a file system mounted read-only: the
// store opens read-only, reads work, and a write fails with Unavailable and a German
// message that says the file is read-only and nothing was written.
func TestReadOnlyDirectory(t *testing.T) {
	dir := mountTmpfs(t, "16m")
	path := filepath.Join(dir, "netzwerkatlas.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s)
	before := snapshotJSON(t, s)
	s.Close()
	remount := func(mode string) {
		t.Helper()
		if out, err := exec.Command("mount", "-o", "remount,"+mode, dir).CombinedOutput(); err != nil {
			t.Fatalf("remount %s: %v %s", mode, err, out)
		}
	}
	remount("ro")
	defer remount("rw")

	s, err = Open(path)
	if err != nil {
		t.Fatalf("Open on a read-only file system: %v", err)
	}
	defer s.Close()
	if got := snapshotJSON(t, s); got != before {
		t.Errorf("read-only snapshot differs:\n%s\nwant\n%s", got, before)
	}
	err = s.Create(t.Context(), &graph.Wave{Name: "W", Date: "2025-01-01"})
	if graph.ErrorCode(err) != graph.Unavailable {
		t.Fatalf("Create on a read-only file system: code %q (%v), want unavailable", graph.ErrorCode(err), err)
	}
	for _, want := range []string{"nur lesbar", "nichts geschrieben", "Lesen geht weiter"} {
		if msg := graph.ErrorMessage(err); !strings.Contains(msg, want) {
			t.Errorf("message %q does not say %q", msg, want)
		}
	}
}
