package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/netzwerkatlas/netzwerkatlas/directory/site"
)

// directorySettings returns the settings of the public directory from the
// environment (NETZWERKATLAS_DIRECTORY_*), with publicURL (--public-url) for its
// absolute links, checked as site.Settings.Check does: a colour with too little
// contrast, a missing logo or an unknown Leichte-Sprache text stops the start with a
// German message.
func directorySettings(e *env, publicURL string) (*site.Settings, error) {
	s := &site.Settings{
		Name: e.getenv("NETZWERKATLAS_DIRECTORY_NAME"), Region: e.getenv("NETZWERKATLAS_DIRECTORY_REGION"),
		Owner: e.getenv("NETZWERKATLAS_DIRECTORY_OWNER"), FeedbackEmail: e.getenv("NETZWERKATLAS_DIRECTORY_FEEDBACK_EMAIL"),
		ImprintURL: e.getenv("NETZWERKATLAS_DIRECTORY_IMPRINT_URL"), PrivacyURL: e.getenv("NETZWERKATLAS_DIRECTORY_PRIVACY_URL"),
		SignVideo: e.getenv("NETZWERKATLAS_DIRECTORY_SIGN_VIDEO"),
		LogoFile:  e.getenv("NETZWERKATLAS_DIRECTORY_LOGO"), Color: e.getenv("NETZWERKATLAS_DIRECTORY_COLOR"),
		FrameAncestors: e.getenv("NETZWERKATLAS_DIRECTORY_FRAME_ANCESTORS"), PublicURL: publicURL,
	}
	if path := e.getenv("NETZWERKATLAS_DIRECTORY_EASY_TEXTS"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, usageError{fmt.Sprintf("NETZWERKATLAS_DIRECTORY_EASY_TEXTS: die Datei lässt sich nicht lesen: %v", err)}
		}
		if err := json.Unmarshal(b, &s.EasyTexts); err != nil {
			return nil, usageError{fmt.Sprintf("NETZWERKATLAS_DIRECTORY_EASY_TEXTS: %s ist kein JSON-Objekt aus Schlüsseln und Texten: %v", path, err)}
		}
	}
	if err := s.Check(); err != nil {
		return nil, usageError{"Beratungsverzeichnis: " + err.Error()}
	}
	return s, nil
}
