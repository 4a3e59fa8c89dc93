package pdf

import (
	"bytes"
	"context"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// probe is a small self-contained document to print.
const probe = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Probe</title></head><body><h1>Probe</h1><p>Ein Absatz.</p></body></html>`

// needChromium skips the test without Chromium, as the package's other tests do.
func needChromium(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("chromium"); err != nil {
		t.Skip("chromium is missing")
	}
}

// process returns the process of p's running Chromium.
func process(t *testing.T, p *Printer) int {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.browser == nil {
		t.Fatal("no Chromium runs")
	}
	return chromedp.FromContext(p.browser.ctx).Browser.Process().Pid
}

// TestPrinterKeepsOneChromium prints documents one after the other and at once in
// one Chromium, which stops when it has been idle and starts again for the next.
func TestPrinterKeepsOneChromium(t *testing.T) {
	needChromium(t)
	p := &Printer{Idle: 200 * time.Millisecond}
	defer p.Close()
	ctx := t.Context()
	if _, err := p.Print(ctx, []byte(probe)); err != nil {
		t.Fatal(err)
	}
	first := process(t, p)
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for range 3 {
		wg.Go(func() {
			out, err := p.Print(ctx, []byte(probe))
			if err == nil && !bytes.HasPrefix(out, []byte("%PDF-")) {
				t.Errorf("not a PDF: %.20q", out)
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if pid := process(t, p); pid != first {
		t.Errorf("the documents were printed by Chromium %d, then %d; want one", first, pid)
	}
	for deadline := time.Now().Add(time.Minute); p.Running(); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("Chromium still runs a minute after the last document")
		}
	}
	if _, err := p.Print(ctx, []byte(probe)); err != nil {
		t.Fatalf("after the idle stop: %v", err)
	}
}

// TestPrinterRecoversFromLostChromium prints after its Chromium was killed from
// outside: the printer starts a new one instead of failing.
func TestPrinterRecoversFromLostChromium(t *testing.T) {
	needChromium(t)
	p := &Printer{}
	defer p.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	if _, err := p.Print(ctx, []byte(probe)); err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	proc := chromedp.FromContext(p.browser.ctx).Browser.Process()
	p.mu.Unlock()
	if err := proc.Kill(); err != nil {
		t.Fatal(err)
	}
	_, _ = proc.Wait()
	out, err := p.Print(ctx, []byte(probe))
	if err != nil {
		t.Fatalf("after Chromium was killed: %v", err)
	}
	if !bytes.HasPrefix(out, []byte("%PDF-")) {
		t.Errorf("not a PDF: %.20q", out)
	}
}
