// Package pdf prints HTML documents to tagged (accessible) PDF files with a headless
// Chromium, driven through the DevTools protocol by chromedp.
//
// Chromium is the engine because it writes tagged PDF (PDF/UA structure: headings,
// tables with header cells, lists, the figures' text alternatives, the document
// language and title) from the HTML's own structure, which the pure-Go PDF libraries
// do not; public bodies must publish accessible documents (BITV 2.0). The same HTML
// that the browser shows is printed, so the PDF holds the same content.
package pdf

import (
	"context"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Printer prints HTML to PDF in the tabs of one Chromium, which it starts for the
// first document and stops when no document was printed for Idle. Safe for
// concurrent use; at most Parallel documents are printed at once. Close stops the
// Chromium at once.
type Printer struct {
	// ExecPath is the Chromium binary; empty finds chromium, chromium-browser or
	// google-chrome on the PATH.
	ExecPath string
	// NoSandbox runs Chromium without its sandbox, as containers without user
	// namespaces need (it always does so as root, where Chromium refuses the
	// sandbox). The documents are our own, without scripts, loaded from no URL.
	NoSandbox bool
	// Parallel bounds the documents printed at once; 0 means 2.
	Parallel int
	// Idle is how long Chromium keeps running after the last document; 0 means
	// five minutes.
	Idle time.Duration

	once sync.Once
	sem  chan struct{}

	mu      sync.Mutex
	browser *browser // the running Chromium; nil when none runs
}

// browser is one running Chromium and the documents being printed in it.
type browser struct {
	ctx   context.Context // has the browser; each document gets a child (a tab)
	stop  context.CancelFunc
	users int
	idle  *time.Timer
}

// footer numbers the pages; Chromium draws it outside the page's content, as an
// artifact that the PDF's structure leaves out.
const footer = `<div style="width:100%;font-size:8pt;font-family:sans-serif;text-align:center;color:#444">` +
	`Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>`

// Print returns the HTML document html printed on A4 as a tagged PDF with an
// outline of its headings. The document must be self-contained: it is loaded
// without a URL, so it can fetch nothing. If the running Chromium fails (it may
// have been ended from outside), Print starts a new one and tries once more.
func (p *Printer) Print(ctx context.Context, html []byte) ([]byte, error) {
	p.once.Do(func() { p.sem = make(chan struct{}, max(p.Parallel, 2)) })
	select {
	case p.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-p.sem }()

	out, err := p.printOnce(ctx, html)
	if err != nil && ctx.Err() == nil {
		out, err = p.printOnce(ctx, html)
	}
	return out, err
}

// printOnce prints html in a new tab of the running Chromium, starting one if none
// runs; on a failure it stops that Chromium, so that the next try starts afresh.
func (p *Printer) printOnce(ctx context.Context, html []byte) ([]byte, error) {
	b, err := p.acquire()
	if err != nil {
		return nil, err
	}
	tab, closeTab := chromedp.NewContext(b.ctx)
	stopWatching := context.AfterFunc(ctx, closeTab) // a cancelled request ends its tab
	out, err := printIn(tab, html)
	stopWatching()
	closeTab()
	p.release(b, err != nil)
	if err != nil && ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return out, err
}

// printIn loads html into the tab and prints it.
func printIn(tab context.Context, html []byte) ([]byte, error) {
	err := chromedp.Do(tab,
		chromedp.Navigate("about:blank"),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
			if err != nil {
				return err
			}
			_, err = chromedp.Call(ctx, page.SetDocumentContent, page.SetDocumentContentParams{FrameID: tree.FrameTree.Frame.ID, HTML: string(html)})
			return err
		}),
	)
	if err != nil {
		return nil, fmt.Errorf("pdf: load the document in Chromium: %w", err)
	}
	out, err := chromedp.Run(tab, chromedp.PrintToPDF(
		chromedp.PDFPaper(chromedp.PaperA4),
		chromedp.PDFPreferCSSPageSize(),
		chromedp.PDFPrintBackground(),
		chromedp.PDFOutlineAndTagged(),
		chromedp.PDFHeaderTemplate(`<span></span>`),
		chromedp.PDFFooterTemplate(footer),
	))
	if err != nil {
		return nil, fmt.Errorf("pdf: print: %w", err)
	}
	return out, nil
}

// acquire returns the running Chromium, starting it if none runs, and counts one
// more document in it.
func (p *Printer) acquire() (*browser, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.browser == nil {
		b, err := p.start()
		if err != nil {
			return nil, err
		}
		p.browser = b
	}
	b := p.browser
	if b.idle != nil {
		b.idle.Stop()
	}
	b.users++
	return b, nil
}

// start starts a Chromium that lives until it is stopped, not as long as a request.
func (p *Printer) start() (*browser, error) {
	opts := chromedp.DefaultExecAllocatorOptions[:]
	if p.ExecPath != "" {
		opts = append(opts, chromedp.ExecPath(p.ExecPath))
	}
	if p.NoSandbox || os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, stopAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, stopBrowser := chromedp.NewContext(actx)
	stop := func() { stopBrowser(); stopAlloc() }
	if err := chromedp.Do(bctx); err != nil {
		stop()
		return nil, fmt.Errorf("pdf: start Chromium: %w", err)
	}
	return &browser{ctx: bctx, stop: stop}, nil
}

// release counts one document less in b. A failed document stops b, and the
// last document starts the idle timer that stops it.
func (p *Printer) release(b *browser, failed bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	b.users--
	if failed && p.browser == b {
		p.browser = nil
	}
	switch {
	case p.browser != b && b.users == 0:
		b.stop()
	case p.browser == b && b.users == 0:
		idle := p.Idle
		if idle <= 0 {
			idle = 5 * time.Minute
		}
		b.idle = time.AfterFunc(idle, func() { p.stopIdle(b) })
	}
}

// stopIdle stops b if it is still running and printing nothing.
func (p *Printer) stopIdle(b *browser) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.browser == b && b.users == 0 {
		p.browser = nil
		b.stop()
	}
}

// Close stops the running Chromium; documents being printed in it fail. A later
// Print starts a new one.
func (p *Printer) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.browser == nil {
		return
	}
	b := p.browser
	p.browser = nil
	if b.idle != nil {
		b.idle.Stop()
	}
	b.stop()
}

// Running reports whether a Chromium is running.
func (p *Printer) Running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.browser != nil
}
