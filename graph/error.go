package graph

import (
	"errors"
	"fmt"
	"strings"
)

// Code classifies an error for callers that must react to it: the API maps each code to
// one HTTP status, the CLI to an exit message.
type Code string

// The error codes of Netzwerkatlas. Every error a Store returns carries one of them.
const (
	NotFound     Code = "not_found"    // the entity does not exist
	Invalid      Code = "invalid"      // the input breaks a rule; FieldErrors say which
	Conflict     Code = "conflict"     // stale version, duplicate key, or entity still in use
	Unauthorized Code = "unauthorized" // no or unknown credentials
	Forbidden    Code = "forbidden"    // credentials lack the role
	Unavailable  Code = "unavailable"  // a backing service cannot be reached; retrying may help
	// InsufficientStorage: the disk is full, nothing was written; writing again helps
	// once space is free.
	InsufficientStorage Code = "insufficient_storage"
	Internal            Code = "internal" // a bug or an unexpected failure
)

// Error is the error type of the domain. Message is written for users, in German; Err
// keeps the technical cause for logs and is never shown to users.
type Error struct {
	Code    Code
	Message string
	Fields  []FieldError
	Err     error
}

// FieldError names one field of the input and what is wrong with it, in German. Field
// is a path in the JSON form of the input, such as "legal_domains[1]" or
// "actors[12].name".
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Error returns the user message followed by the field errors and the cause.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Message)
	for _, f := range e.Fields {
		fmt.Fprintf(&b, "; %s: %s", f.Field, f.Message)
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

// Unwrap returns the technical cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a German message built from format.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, Internal for any other
// non-nil error, and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// ErrorMessage returns the user message of the first *Error in err's chain, and a
// generic German message for any other error, so that internals are never shown.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Interner Fehler."
}

// ErrorFields returns the field errors of the first *Error in err's chain.
func ErrorFields(err error) []FieldError {
	var e *Error
	if errors.As(err, &e) {
		return e.Fields
	}
	return nil
}

// fieldErrors collects field errors while an entity is validated.
type fieldErrors struct {
	prefix string
	list   []FieldError
}

// add records a problem with field (relative to the prefix).
func (v *fieldErrors) add(field, format string, args ...any) {
	v.list = append(v.list, FieldError{Field: v.prefix + field, Message: fmt.Sprintf(format, args...)})
}

// err returns an Invalid *Error with the message and all recorded problems, or nil if
// there are none.
func (v *fieldErrors) err(message string) error {
	if len(v.list) == 0 {
		return nil
	}
	return &Error{Code: Invalid, Message: message, Fields: v.list}
}

// Checker collects the field errors of input that is not an entity, such as a
// partner survey and its answers, with the rules and German messages of the
// entities' own validation.
type Checker struct{ v fieldErrors }

// NewChecker returns a Checker that puts prefix before each field's path.
func NewChecker(prefix string) *Checker { return &Checker{v: fieldErrors{prefix: prefix}} }

// Add records a problem with the field, in German.
func (c *Checker) Add(field, format string, args ...any) { c.v.add(field, format, args...) }

// Text records an error if s is required and blank, longer than max characters, not
// UTF-8, or holds control characters other than line breaks and tabs.
func (c *Checker) Text(field, s string, max int, required bool) { c.v.text(field, s, max, required) }

// Email records an error unless s is empty or exactly one plain e-mail address.
func (c *Checker) Email(field, s string) { c.v.email(field, s) }

// Codes records an error for each code that is not in the taxonomy's list, or is
// given twice.
func (c *Checker) Codes(t *Taxonomy, field, list string, codes []string) {
	c.v.checkCodes(t, field, list, codes)
}

// Err returns an Invalid *Error with the message and every recorded problem, or nil
// if there are none.
func (c *Checker) Err(message string) error { return c.v.err(message) }
