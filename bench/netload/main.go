// Command netload sends GET requests at a fixed rate to a Netzwerkatlas server on
// loopback and reports latency percentiles, statuses, bytes and, with -pid, the CPU
// time the server process used meanwhile. It is bounded: at most 10,000 requests and
// 60 s, and only loopback addresses.
//
//	netload -url http://127.0.0.1:8080/api/v1/network -rate 500 -duration 10s -gzip -pid 1234
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "netload:", err)
		os.Exit(1)
	}
}

// Bounds of one run.
const (
	maxRequests = 10_000
	maxDuration = time.Minute
)

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("netload", flag.ContinueOnError)
	target := fs.String("url", "http://127.0.0.1:8080/api/v1/network", "URL to GET (loopback only)")
	rate := fs.Int("rate", 500, "requests per second")
	duration := fs.Duration("duration", 10*time.Second, "how long to send")
	gz := fs.Bool("gzip", false, "send Accept-Encoding: gzip")
	pid := fs.Int("pid", 0, "server process whose CPU time to report (Linux)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	u, err := url.Parse(*target)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%s is no loopback address", u.Host)
	}
	n := *rate * int(duration.Seconds())
	if *rate < 1 || n < 1 || n > maxRequests || *duration > maxDuration {
		return errors.New("rate × duration must be 1 to 10,000 requests in at most 60 s")
	}

	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		MaxIdleConnsPerHost: 256, DisableCompression: true}}
	cpuBefore, err := cpuTime(*pid)
	if err != nil {
		return err
	}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		statuses  = map[int]int{}
		failures  int
		bytes     int64
		wg        sync.WaitGroup
	)
	ctx, cancel := context.WithTimeout(context.Background(), *duration+15*time.Second)
	defer cancel()
	start := time.Now()
	interval := time.Second / time.Duration(*rate)
	for i := range n {
		// Open loop: request i starts at its scheduled time, however slow the others are.
		time.Sleep(time.Until(start.Add(time.Duration(i) * interval)))
		wg.Go(func() {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, *target, nil)
			if *gz {
				req.Header.Set("Accept-Encoding", "gzip")
			}
			t0 := time.Now()
			resp, err := client.Do(req)
			var size int64
			if err == nil {
				size, err = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
			d := time.Since(t0)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failures++
				return
			}
			latencies = append(latencies, d)
			statuses[resp.StatusCode]++
			bytes += size
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpuAfter, err := cpuTime(*pid)
	if err != nil {
		return err
	}

	slices.Sort(latencies)
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))]
	}
	fmt.Fprintf(stdout, "%s gzip=%v: %d requests in %.1f s (%.0f/s), statuses %v, %d failed\n",
		*target, *gz, n, elapsed.Seconds(), float64(n)/elapsed.Seconds(), statuses, failures)
	if len(latencies) > 0 {
		fmt.Fprintf(stdout, "latency p50 %v, p90 %v, p99 %v, max %v; %.0f bytes per answer\n",
			pct(0.50).Round(10*time.Microsecond), pct(0.90).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond),
			latencies[len(latencies)-1].Round(10*time.Microsecond), float64(bytes)/float64(len(latencies)))
	}
	if *pid != 0 {
		cpu := cpuAfter - cpuBefore
		fmt.Fprintf(stdout, "server CPU %.2f s in %.1f s wall (%.0f%% of one core)\n",
			cpu.Seconds(), elapsed.Seconds(), 100*cpu.Seconds()/elapsed.Seconds())
	}
	return nil
}

// cpuTime returns the user and system CPU time of process pid from /proc (Linux), or
// 0 if pid is 0.
func cpuTime(pid int) (time.Duration, error) {
	if pid == 0 {
		return 0, nil
	}
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The fields after the command name (in parentheses, which may hold spaces):
	// utime and stime are fields 14 and 15 of the line, 12 and 13 after ")".
	s := string(raw)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: too few fields", pid)
	}
	var ticks int64
	for _, f := range fields[11:13] {
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return 0, err
		}
		ticks += v
	}
	const clockTicks = 100 // USER_HZ on Linux
	return time.Duration(ticks) * time.Second / clockTicks, nil
}
