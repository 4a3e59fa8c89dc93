package importers

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// maxKeyLen is the longest external key the domain accepts.
const maxKeyLen = 200

// finish completes a decoded batch: it derives missing external keys, rewrites
// references given by name to keys, and reports duplicate keys and pairs.
func (d *decoder) finish() (*graph.Batch, *Report) {
	d.reportDefaults()
	b := &graph.Batch{}
	for _, sh := range sheets {
		sh.addAll(b, d.items[sh.kind])
		delete(d.items, sh.kind)
	}
	finishBatch(b, d.rep, d.opts.Existing)
	return b, d.rep
}

// finishBatch does the work of finish on any batch with its report; DecodeFiles
// calls it once for all files together.
func finishBatch(b *graph.Batch, rep *Report, existing []Named) {
	for _, k := range []graph.Kind{graph.KindSocialSpace, graph.KindWave, graph.KindActor} {
		deriveKeys(b, k)
	}
	resolveRefs(b, rep, existing)
	for _, k := range []graph.Kind{graph.KindOffer, graph.KindNeed, graph.KindCooperation} {
		deriveKeys(b, k)
	}
	for _, k := range graph.Kinds() {
		if sheetOf(k) != nil { // measures are kept in the program, not in files
			checkKeys(b, rep, k)
		}
	}
	checkPairs(b, rep)
}

// deriveKeys gives every item of kind without an external key the derived one (see
// the package documentation).
func deriveKeys(b *graph.Batch, k graph.Kind) {
	sh := sheetOf(k)
	for i := range sh.count(b) {
		e := sh.at(b, i)
		m := e.Metadata()
		if m.ExternalKey == "" && m.ID == "" {
			m.ExternalKey = derivedKey(e)
		}
	}
}

// derivedKey returns the external key of an item whose file gives none.
func derivedKey(e graph.Entity) string {
	var key string
	switch x := e.(type) {
	case *graph.Actor:
		key = Slug(x.Name)
	case *graph.SocialSpace:
		key = Slug(x.Name)
	case *graph.Wave:
		key = Slug(x.Name)
	case *graph.Offer:
		if x.ActorID == "" || Slug(x.Name) == "" {
			return ""
		}
		key = x.ActorID + "/" + Slug(x.Name)
	case *graph.Need:
		key = strings.Join([]string{x.SocialSpaceID, x.Field, x.TargetGroup, x.Measure, strconv.Itoa(x.Year)}, "/")
	case *graph.Cooperation:
		key = CooperationKey(x.From, x.To, x.Directed, x.WaveID)
	}
	return shortKey(key)
}

// CooperationKey returns the derived external key of a cooperation between the actors
// with keys from and to: "from>to" if directed, else both keys in sorted order joined
// by "~"; followed by "@wave" if wave is not empty.
func CooperationKey(from, to string, directed bool, wave string) string {
	if from == "" || to == "" {
		return ""
	}
	sep := ">"
	if !directed {
		sep = "~"
		if to < from {
			from, to = to, from
		}
	}
	key := from + sep + to
	if wave != "" {
		key += "@" + wave
	}
	return key
}

// shortKey keeps keys within maxKeyLen by replacing the tail of a longer one by a
// hash of the whole.
func shortKey(key string) string {
	if len(key) <= maxKeyLen {
		return key
	}
	sum := sha256.Sum256([]byte(key))
	return strings.ToValidUTF8(key[:maxKeyLen-18], "") + "#" + hex.EncodeToString(sum[:8])
}

// nameOf returns the name of the entities that others refer to by name.
func nameOf(e graph.Entity) string {
	switch x := e.(type) {
	case *graph.Actor:
		return x.Name
	case *graph.SocialSpace:
		return x.Name
	case *graph.Wave:
		return x.Name
	}
	return ""
}

// checkKeys reports missing, invalid and duplicate external keys (and IDs of items
// without a key) of one kind.
func checkKeys(b *graph.Batch, rep *Report, k graph.Kind) {
	sh := sheetOf(k)
	first := make(map[string]int, sh.count(b))
	firstID := map[string]int{}
	for i := range sh.count(b) {
		m := sh.at(b, i).Metadata()
		key := m.ExternalKey
		path := listOf[k] + "[" + strconv.Itoa(i) + "].external_key"
		loc := rep.locate(path)
		if key == "" && m.ID != "" {
			if j, dup := firstID[m.ID]; dup {
				where := rep.locate(listOf[k] + "[" + strconv.Itoa(j) + "]")
				rep.errorf(loc, path, "Die interne ID „%s“ kommt doppelt vor (zuerst %s).", m.ID, where.String())
			}
			firstID[m.ID] = i
			continue
		}
		switch {
		case key == "":
			rep.errorf(loc, path, "Der Schlüssel fehlt und lässt sich nicht bilden: der Eintrag hat keinen Namen.")
			continue
		case !utf8.ValidString(key) || utf8.RuneCountInString(key) > maxKeyLen || strings.ContainsFunc(key, func(r rune) bool { return r < ' ' }):
			rep.errorf(loc, path, "Der Schlüssel „%s“ ist ungültig: höchstens %d Zeichen, keine Steuerzeichen.", key, maxKeyLen)
			continue
		}
		if j, dup := first[key]; dup {
			where := rep.locate(listOf[k] + "[" + strconv.Itoa(j) + "]")
			rep.errorf(loc, path, "Der Schlüssel „%s“ kommt doppelt vor (zuerst %s); jeder %s darf nur einmal vorkommen.", key, where.String(), k.Label())
			continue
		}
		first[key] = i
	}
}

// checkPairs reports cooperations that join the same actors in the same wave and
// direction as an earlier one; the store would refuse them.
func checkPairs(b *graph.Batch, rep *Report) {
	first := make(map[string]int, len(b.Cooperations))
	for i := range b.Cooperations {
		c := &b.Cooperations[i]
		if c.From == "" || c.To == "" {
			continue
		}
		pk := c.PairKey()
		j, dup := first[pk]
		if !dup {
			first[pk] = i
			continue
		}
		if b.Cooperations[j].ExternalKey == c.ExternalKey {
			continue // reported as a duplicate key
		}
		path := "cooperations[" + strconv.Itoa(i) + "]"
		where := rep.locate("cooperations[" + strconv.Itoa(j) + "]")
		rep.errorf(rep.locate(path), path, "Zwischen „%s“ und „%s“ gibt es schon eine Kooperation (%s); je Paar, Richtung und Erhebungswelle ist nur eine erlaubt.", c.From, c.To, where.String())
	}
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
