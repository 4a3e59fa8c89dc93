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

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Printer prints HTML to PDF with one Chromium process per document. Safe for
// concurrent use; at most Parallel documents are printed at once.
type Printer struct {
	// ExecPath is the Chromium binary; empty finds chromium, chromium-browser or
	// google-chrome on the PATH.
	ExecPath string
	// NoSandbox runs Chromium without its sandbox, as containers without user
	// namespaces need (it always does so as root, where Chromium refuses the
	// sandbox). The documents are our own, without scripts, loaded from no URL.
	NoSandbox bool
	// Parallel bounds the Chromium processes running at once; 0 means 2.
	Parallel int

	once sync.Once
	sem  chan struct{}
}

// footer numbers the pages; Chromium draws it outside the page's content, as an
// artifact that the PDF's structure leaves out.
const footer = `<div style="width:100%;font-size:8pt;font-family:sans-serif;text-align:center;color:#444">` +
	`Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>`

// Print returns the HTML document html printed on A4 as a tagged PDF with an
// outline of its headings. The document must be self-contained: it is loaded
// without a URL, so it can fetch nothing.
func (p *Printer) Print(ctx context.Context, html []byte) ([]byte, error) {
	p.once.Do(func() { p.sem = make(chan struct{}, max(p.Parallel, 2)) })
	select {
	case p.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-p.sem }()

	opts := chromedp.DefaultExecAllocatorOptions[:]
	if p.ExecPath != "" {
		opts = append(opts, chromedp.ExecPath(p.ExecPath))
	}
	if p.NoSandbox || os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	err := chromedp.Do(bctx,
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
	out, err := chromedp.Run(bctx, chromedp.PrintToPDF(
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
