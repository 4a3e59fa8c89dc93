package graph

import (
	"errors"
	"fmt"
	"testing"
)

var errPlain = errors.New("bolt: connection reset by 10.0.0.3")

func TestErrorCode(t *testing.T) {
	err := Errorf(NotFound, "Akteur %q existiert nicht.", "x")
	wrapped := fmt.Errorf("embedded: get: %w", err)
	if ErrorCode(wrapped) != NotFound || ErrorMessage(wrapped) != `Akteur "x" existiert nicht.` {
		t.Errorf("code %q message %q", ErrorCode(wrapped), ErrorMessage(wrapped))
	}
	if ErrorCode(nil) != "" || ErrorCode(errPlain) != Internal || ErrorMessage(errPlain) == errPlain.Error() {
		t.Error("plain errors must be internal and must not show their text")
	}
}
