package graph

// WithoutTieSelection returns a copy of n without the record of how At made its ties,
// for tests that compare state networks made in other ways.
func WithoutTieSelection(n *Network) Network {
	c := *n
	c.ties = nil
	return c
}
