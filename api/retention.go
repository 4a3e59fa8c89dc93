package api

import (
	"context"
	"strconv"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// DefaultAuditRetention is how long the audit log keeps an entry unless
// Config.AuditRetention says otherwise: one year.
const DefaultAuditRetention = 365 * 24 * time.Hour

// sweeper is the principal that the retention sweep's own audit entries name.
var sweeper = &principal{Name: "Aufbewahrungsfristen (automatisch)"}

// Sweep applies the retention periods once, at the time Config.Now gives: it deletes
// the audit entries older than Config.AuditRetention, the failed sign-ins that no
// longer count for the lock-out, and with Config.HistoryRetention the history of
// entities deleted longer ago than that (graph.Store.PurgeHistory), which it records
// in the audit log. It returns the number of audit entries and of entity histories
// removed.
func (s *Server) Sweep(ctx context.Context) (entries, histories int, err error) {
	now := s.today()
	if _, err := s.accounts.lockout.sweep(ctx, s.accounts.now()); err != nil {
		return 0, 0, err
	}
	cutoff := auditKey(now.Add(-s.cfg.AuditRetention))
	recs, err := s.store.ListRecords(ctx, auditCollection, "")
	if err != nil {
		return 0, 0, err
	}
	for _, r := range recs {
		if r.Key >= cutoff {
			break
		}
		if err := s.store.DeleteRecord(ctx, auditCollection, r.Key, r.Version); err != nil && graph.ErrorCode(err) != graph.NotFound {
			return entries, 0, err
		}
		entries++
	}
	if s.cfg.HistoryRetention <= 0 {
		return entries, 0, nil
	}
	before := now.Add(-s.cfg.HistoryRetention)
	if histories, err = s.store.PurgeHistory(ctx, before); err != nil || histories == 0 {
		return entries, histories, err
	}
	return entries, histories, s.record(ctx, sweeper, auditHistoryPurged, map[string]string{
		"entities": strconv.Itoa(histories), "deleted_before": before.UTC().Format(time.RFC3339)})
}

// RunSweeps runs Sweep now and then every interval until ctx ends, logging what
// each removed and any error.
func (s *Server) RunSweeps(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		entries, histories, err := s.Sweep(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Error("retention sweep", "err", err)
		case entries > 0 || histories > 0:
			s.log.Info("retention sweep", "audit_entries", entries, "histories", histories)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
