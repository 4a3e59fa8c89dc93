// Generated from api/openapi.json by `npm run gen:api` (openapi-typescript); do not edit.

export interface paths {
    "/api/public/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Beratungsangebote suchen
         * @description Öffentlich und nur lesend, für die Internetseite des Landkreises: von jeder Herkunft abrufbar (CORS), mit ETag nach dem Stand der Daten und Cache-Control, je Adresse begrenzt (429 mit Retry-After). Nur die öffentlichen Angaben der Angebote, die für das Beratungsverzeichnis (§ 106 SGB IX) markiert sind. 404, wenn das Verzeichnis abgeschaltet ist. Die Parameter sind die der Suche unter /beratung/suche; ohne Suchtext nach Namen geordnet, mit ort oder lat/lon nach Entfernung. Ein unbekannter Code, Ort oder Sozialraum ist ein 400, der den Parameter nennt.
         */
        get: operations["publicSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ein Beratungsangebot
         * @description Öffentlich und nur lesend, für die Internetseite des Landkreises: von jeder Herkunft abrufbar (CORS), mit ETag nach dem Stand der Daten und Cache-Control, je Adresse begrenzt (429 mit Retry-After). Nur die öffentlichen Angaben der Angebote, die für das Beratungsverzeichnis (§ 106 SGB IX) markiert sind. 404, wenn das Verzeichnis abgeschaltet ist.
         */
        get: operations["publicOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Themen, Zielgruppen, Sozialräume, Orte und Sprachen für die Suche
         * @description Öffentlich und nur lesend, für die Internetseite des Landkreises: von jeder Herkunft abrufbar (CORS), mit ETag nach dem Stand der Daten und Cache-Control, je Adresse begrenzt (429 mit Retry-After). Nur die öffentlichen Angaben der Angebote, die für das Beratungsverzeichnis (§ 106 SGB IX) markiert sind. 404, wenn das Verzeichnis abgeschaltet ist. Je Thema, Zielgruppe und Sozialraum die Zahl der Angebote.
         */
        get: operations["publicVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Letzte Änderungen aller Einträge
         * @description Neueste zuerst, filterbar, seitenweise mit next_cursor. Anlagen nennen hier keine Felder; die Historie des Eintrags nennt sie.
         */
        get: operations["activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Akteure auflisten und filtern */
        get: operations["listActor"];
        put?: never;
        /** Akteur anlegen */
        post: operations["createActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Akteur lesen */
        get: operations["getActor"];
        /** Akteur ersetzen */
        put: operations["updateActor"];
        post?: never;
        /** Akteur löschen */
        delete: operations["deleteActor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actors/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungshistorie: Akteur
         * @description Jede Änderung, neueste zuerst, mit Feldern vorher und nachher; auch für gelöschte Einträge.
         */
        get: operations["historyActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actors/{id}/history/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Akteur: frühere Version wiederherstellen
         * @description Schreibt eine neue Version mit dem Inhalt der genannten; ein gelöschter Eintrag wird wieder angelegt. 404, wenn es die Version nicht gibt.
         */
        post: operations["restoreActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kennzahlen je Akteur */
        get: operations["analysisActors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Veränderungen zwischen zwei Ständen
         * @description from und to nennen je eine Erhebungswelle (ID oder Schlüssel) oder einen Stichtag (JJJJ-MM-TT); to ist ohne Angabe heute, from die Welle vor dem Stand to. from darf nicht nach to liegen. Jede Angabe kommt mit einem deutschen Satz.
         */
        get: operations["analysisChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/changes/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Neue oder nicht mehr vertretene Akteure zwischen zwei Ständen, seitenweise
         * @description Eine Seite einer Liste von /analysis/changes, in deren Reihenfolge (nach Namen).
         */
        get: operations["analysisChangedActors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/changes/ties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Neue, weggefallene oder veränderte Kooperationen zwischen zwei Ständen, seitenweise
         * @description Eine Seite einer Liste von /analysis/changes, in deren Reihenfolge (die engsten Kooperationen zuerst).
         */
        get: operations["analysisChangedTies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gemeinschaften */
        get: operations["analysisCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/coupling-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kopplungsmatrix
         * @description Die Matrizen des Gesamtnetzes; mit social_space dazu die Rechtskreismatrix unter den Akteuren, die diesen Sozialraum oder einen darin liegenden bedienen.
         */
        get: operations["analysisCouplingMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/coupling-potentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kopplungspotenziale */
        get: operations["analysisCouplingPotentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Erklärung der Kennzahlen */
        get: operations["analysisDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Angebotslücken */
        get: operations["analysisGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Auswertung aller Maßnahmen
         * @description Jede Maßnahme wie /measures/{id}/evaluation, nach ID geordnet.
         */
        get: operations["analysisMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Netzwerk- und Gruppenkennzahlen */
        get: operations["analysisNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/resilience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ausfallanalyse */
        get: operations["analysisResilience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/social-spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kennzahlen je Sozialraum */
        get: operations["analysisSocialSpaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wählbare Stände (Erhebungswellen) und der Stand heute */
        get: operations["analysisStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Was-wäre-wenn
         * @description Kopplungsmatrix und Ausfallanalyse mit vorgeschlagenen Kooperationen und ohne entfernte Akteure; schreibt nichts.
         */
        post: operations["analysisWhatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/what-if/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gespeicherte Was-wäre-wenn-Szenarien */
        get: operations["listWhatIfScenarios"];
        put?: never;
        /**
         * Was-wäre-wenn-Szenario unter einem Namen speichern
         * @description Prüft den Vorschlag gegen das Netzwerk des gewählten Stands (wave oder date; keins: heute) und speichert ihn neben dem Netzwerk; das Netzwerk bleibt unverändert.
         */
        post: operations["createWhatIfScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analysis/what-if/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein gespeichertes Was-wäre-wenn-Szenario */
        get: operations["getWhatIfScenario"];
        put?: never;
        post?: never;
        /** Was-wäre-wenn-Szenario löschen */
        delete: operations["deleteWhatIfScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Protokoll lesen
         * @description Wer wann was exportiert, berichtet, angemeldet oder an Rechten geändert hat, neueste zuerst, seitenweise mit next_cursor. Einträge lassen sich über die API weder ändern noch löschen; nach der Aufbewahrungsfrist (serve --audit-retention-days) löscht der Server sie selbst.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Protokoll als CSV
         * @description Die Einträge, die die Filter wählen, als CSV für deutsches Excel; der Download wird selbst protokolliert.
         */
        get: operations["exportAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ist die Anmeldung mit dem Konto der Verwaltung (Single Sign-on) eingerichtet? */
        get: operations["getSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rückkehr vom Anmeldedienst der Verwaltung
         * @description Prüft state (einmalig, an den Browser gebunden), PKCE, nonce und das ID-Token, legt beim ersten Mal das Benutzerkonto an (Rolle aus den Gruppen oder Rollen des Anmeldedienstes), beginnt eine Sitzung und leitet zur Startseite weiter; misslingt die Anmeldung, zur Anmeldeseite mit #sso=<Fehlercode>.
         */
        get: operations["finishSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Abmelden, auch beim Anmeldedienst der Verwaltung
         * @description Beendet die Sitzung des Cookies und leitet zum Abmelden beim Anmeldedienst weiter (mit id_token_hint), der zur Anmeldeseite zurückführt.
         */
        get: operations["signOutSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mit dem Konto der Verwaltung anmelden (OpenID Connect)
         * @description Für den Browser: leitet zum Anmeldedienst der Verwaltung weiter (Code-Flow mit PKCE S256, state und nonce) und legt den state in ein Cookie. 404, wenn die Anmeldung nicht eingerichtet ist; 503, wenn der Anmeldedienst nicht erreichbar ist.
         */
        get: operations["startSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Viele Einträge auf einmal schreiben
         * @description Alles oder nichts; Einträge werden über external_key zugeordnet, Verweise nennen external_key oder ID.
         */
        post: operations["batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{batch_id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import rückgängig machen
         * @description Macht alles rückgängig, was der Import (batch_id) geschrieben hat, oder nichts: 409, wenn er schon rückgängig gemacht wurde oder Einträge danach geändert wurden.
         */
        post: operations["revertBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kooperationen auflisten und filtern */
        get: operations["listCooperation"];
        put?: never;
        /** Kooperation anlegen */
        post: operations["createCooperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kooperation lesen */
        get: operations["getCooperation"];
        /** Kooperation ersetzen */
        put: operations["updateCooperation"];
        post?: never;
        /** Kooperation löschen */
        delete: operations["deleteCooperation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungshistorie: Kooperation
         * @description Jede Änderung, neueste zuerst, mit Feldern vorher und nachher; auch für gelöschte Einträge.
         */
        get: operations["historyCooperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperations/{id}/history/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kooperation: frühere Version wiederherstellen
         * @description Schreibt eine neue Version mit dem Inhalt der genannten; ein gelöschter Eintrag wird wieder angelegt. 404, wenn es die Version nicht gibt.
         */
        post: operations["restoreCooperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/offers/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Eintrag als aktuell bestätigen
         * @description Hält fest, dass der Eintrag heute bestätigt wurde; „Stand“ auf der Angebotsseite zeigt das Datum. Das Angebot selbst ändert sich nicht.
         */
        post: operations["confirmDirectoryEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/outdated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Veraltete Einträge des Verzeichnisses
         * @description Einträge, deren letzte Bestätigung (listing.confirmed_at oder „Bestätigen“) länger als max_age_months zurückliegt, oder die nie bestätigt und seither nicht geändert wurden; die am längsten unbestätigten zuerst.
         */
        get: operations["outdatedDirectoryEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/provider-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bestätigungslink für einen Anbieter erstellen
         * @description Erstellt einen persönlichen Link, mit dem der Anbieter (Akteur) seine Einträge unter /beratung/anbieter/… bestätigt oder Korrekturen in die Moderation schickt. Das Geheimnis steht nur in dieser Antwort; gespeichert wird sein SHA-256-Hash. Ein neuer Link widerruft den alten desselben Anbieters. Mit mail: true geht er auch per E-Mail an die Adresse des Akteurs (422 ohne SMTP-Server oder ohne Adresse). Erstellen und Versand stehen im Protokoll. 404, wenn das öffentliche Verzeichnis abgeschaltet ist.
         */
        post: operations["createProviderLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meldungen aus dem öffentlichen Verzeichnis
         * @description Was Besucherinnen und Besucher unter /beratung gemeldet haben (Angebot fehlt, Fehler im Eintrag). Offene zuerst die ältesten; entschiedene die zuletzt entschiedenen zuerst. Nichts davon wird ohne die Redaktion veröffentlicht.
         */
        get: operations["listDirectoryReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/reports/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Meldung entscheiden: erledigt oder abgelehnt
         * @description Eine Meldung wird einmal entschieden; eine schon entschiedene ist ein 409.
         */
        post: operations["decideDirectoryReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Netzwerk exportieren
         * @description Die Filter der Netzwerkansicht wählen Akteure; nur deren Kooperationen und Angebote bleiben.
         */
        get: operations["export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dateien importieren
         * @description Liest die Dateien (Teile file), prüft sie und schreibt alles oder nichts. Ein Bericht mit Fehlern schreibt nie. Gleichzeitig lesen höchstens so viele Importe und Probeläufe wie eingestellt (serve --max-imports, Standard 2); weitere erhalten 429 mit Retry-After.
         */
        post: operations["importFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Felder je Art mit deutschen Spaltennamen, für die Spaltenzuordnung */
        get: operations["importFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unterstützte Dateiformate */
        get: operations["importFormats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Importvorlage (XLSX) */
        get: operations["importTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wer bin ich, mit welcher Rolle? */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maßnahmen auflisten und filtern */
        get: operations["listMeasure"];
        put?: never;
        /** Maßnahme anlegen */
        post: operations["createMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maßnahme lesen */
        get: operations["getMeasure"];
        /** Maßnahme ersetzen */
        put: operations["updateMeasure"];
        post?: never;
        /** Maßnahme löschen */
        delete: operations["deleteMeasure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Auswertung einer Maßnahme
         * @description Vergleicht den Stand der Vereinbarung mit jeder späteren Erhebungswelle: Ist die vorgeschlagene Kooperation entstanden, hat sich die Versorgung der Lücke verändert? Mit einem deutschen Satz je Welle.
         */
        get: operations["measureEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungshistorie: Maßnahme
         * @description Jede Änderung, neueste zuerst, mit Feldern vorher und nachher; auch für gelöschte Einträge.
         */
        get: operations["historyMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}/history/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Maßnahme: frühere Version wiederherstellen
         * @description Schreibt eine neue Version mit dem Inhalt der genannten; ein gelöschter Eintrag wird wieder angelegt. 404, wenn es die Version nicht gibt.
         */
        post: operations["restoreMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bedarfe auflisten und filtern */
        get: operations["listNeed"];
        put?: never;
        /** Bedarf anlegen */
        post: operations["createNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bedarf lesen */
        get: operations["getNeed"];
        /** Bedarf ersetzen */
        put: operations["updateNeed"];
        post?: never;
        /** Bedarf löschen */
        delete: operations["deleteNeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungshistorie: Bedarf
         * @description Jede Änderung, neueste zuerst, mit Feldern vorher und nachher; auch für gelöschte Einträge.
         */
        get: operations["historyNeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/history/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bedarf: frühere Version wiederherstellen
         * @description Schreibt eine neue Version mit dem Inhalt der genannten; ein gelöschter Eintrag wird wieder angelegt. 404, wenn es die Version nicht gibt.
         */
        post: operations["restoreNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Netzwerk für die Darstellung */
        get: operations["network"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network/aggregate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Netzwerk zusammengefasst nach Sozialraum oder Gemeinschaft
         * @description Für die Karte großer Netze: je Gruppe ein Knoten mit der Zahl ihrer Akteure, je Gruppenpaar die Zahl der kooperierenden Akteurspaare und der rechtskreisübergreifenden darunter. Die Filter wirken wie bei /network; definition erklärt die Zählung.
         */
        get: operations["networkAggregate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Netzwerk einer Gruppe der Zusammenfassung
         * @description Die Akteure einer Gruppe aus /network/aggregate (gleiche Parameter) und die Kooperationen unter ihnen, wie /network sie zeigt.
         */
        get: operations["networkGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Angebote auflisten und filtern */
        get: operations["listOffer"];
        put?: never;
        /** Angebot anlegen */
        post: operations["createOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Angebot lesen */
        get: operations["getOffer"];
        /** Angebot ersetzen */
        put: operations["updateOffer"];
        post?: never;
        /** Angebot löschen */
        delete: operations["deleteOffer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungshistorie: Angebot
         * @description Jede Änderung, neueste zuerst, mit Feldern vorher und nachher; auch für gelöschte Einträge.
         */
        get: operations["historyOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/history/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Angebot: frühere Version wiederherstellen
         * @description Schreibt eine neue Version mit dem Inhalt der genannten; ein gelöschter Eintrag wird wieder angelegt. 404, wenn es die Version nicht gibt.
         */
        post: operations["restoreOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diese OpenAPI-Beschreibung */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Passwort vergessen: Link per E-Mail anfordern
         * @description Dieselbe Antwort, ob es ein Konto mit der Adresse gibt oder nicht. Ohne eingerichteten E-Mail-Versand 422: dann setzt die Verwaltung das Passwort zurück.
         */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Neues Passwort mit dem Link festlegen
         * @description Der Link gilt eine Stunde und nur einmal; danach enden alle Sitzungen des Kontos.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Arbeitsliste: nicht zugeordnete Akteure und weitere Befunde */
        get: operations["quality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Akteursart und Rechtskreise vieler Akteure auf einmal setzen
         * @description Alles oder nichts: ein ungültiger Code oder ein fehlender Akteur speichert nichts.
         */
        post: operations["classify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/social-space/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sozialraumprofil (HTML, PDF oder Word)
         * @description Ein Sozialraum auf einen Blick: Indikatoren, Angebote, Bedarfe und Lücken, Netzwerk, zentrale und kritische Akteure, Kopplungspotenziale.
         */
        get: operations["spaceProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/steering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bericht für die Steuerungsgruppe (HTML, PDF oder Word)
         * @description Was sich vom Stand from zum Stand to verändert hat (Stände wie bei /analysis/changes), mit Kurzfassung, Kennzahlen, Lücken, Kopplungspotenzialen und Methodenanhang; alle Zahlen wie in den Analysen. format=pdf liefert ein barrierefreies (getaggtes) PDF, format=docx ein Word-Dokument zum Bearbeiten.
         */
        get: operations["steeringReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fragebogen des persönlichen Links
         * @description Öffentlich; der persönliche Link gilt als Anmeldung: Kopf Authorization: Survey <Geheimnis>. Jeder ungültige, abgelaufene oder widerrufene Link erhält dieselbe Antwort 404 „Link ungültig oder abgelaufen“. Je Link und je Adresse sind die Anfragen begrenzt (429 mit Retry-After).
         */
        get: operations["respondView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/respond/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Antworten zwischenspeichern
         * @description Öffentlich; der persönliche Link gilt als Anmeldung: Kopf Authorization: Survey <Geheimnis>. Jeder ungültige, abgelaufene oder widerrufene Link erhält dieselbe Antwort 404 „Link ungültig oder abgelaufen“. Je Link und je Adresse sind die Anfragen begrenzt (429 mit Retry-After). version nennt die zuletzt gelesene Version (0 beim ersten Speichern); ist sie veraltet (zweiter Tab): 409.
         */
        put: operations["respondSave"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/respond/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisationen der Liste suchen (höchstens 20)
         * @description Öffentlich; der persönliche Link gilt als Anmeldung: Kopf Authorization: Survey <Geheimnis>. Jeder ungültige, abgelaufene oder widerrufene Link erhält dieselbe Antwort 404 „Link ungültig oder abgelaufen“. Je Link und je Adresse sind die Anfragen begrenzt (429 mit Retry-After).
         */
        get: operations["respondRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/respond/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Antworten abschicken
         * @description Öffentlich; der persönliche Link gilt als Anmeldung: Kopf Authorization: Survey <Geheimnis>. Jeder ungültige, abgelaufene oder widerrufene Link erhält dieselbe Antwort 404 „Link ungültig oder abgelaufen“. Je Link und je Adresse sind die Anfragen begrenzt (429 mit Retry-After). Speichert und schickt ab; nach dem Ende der Erhebung 409, das Gespeicherte bleibt erhalten.
         */
        post: operations["respondSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gespeicherte Ansichten auflisten
         * @description Ansichten der Weboberfläche (Pfad und Abfrage: Filter und Stand), nach Namen geordnet.
         */
        get: operations["listSavedViews"];
        put?: never;
        /**
         * Ansicht unter einem Namen speichern
         * @description Der Name ist eindeutig (ohne Rücksicht auf Groß- und Kleinschreibung); ein vergebener Name ist ein 409.
         */
        post: operations["saveView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Gespeicherte Ansicht löschen
         * @description Nur wer die Ansicht gespeichert hat, oder die Rolle admin.
         */
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Die eigene Sitzung mit ihrem CSRF-Token
         * @description 404 für Anfragen ohne Sitzungs-Cookie (API-Token).
         */
        get: operations["getSession"];
        put?: never;
        /**
         * Mit E-Mail-Adresse und Passwort anmelden
         * @description Beginnt eine Sitzung: Cookie (HttpOnly, SameSite=Strict, über HTTPS Secure mit __Host-) und csrf_token, das jede ändernde Anfrage mit dem Cookie im Kopf X-CSRF-Token mitsenden muss. Falsches Passwort und unbekannte Adresse erhalten dieselbe Antwort (401). Nach 5 Fehlversuchen in 15 Minuten ist die Anmeldung mit der Adresse 15 Minuten gesperrt (429).
         */
        post: operations["signIn"];
        /**
         * Abmelden: die Sitzung beenden
         * @description Löscht die Sitzung auf dem Server; das Cookie meldet danach niemanden mehr an. 404 für Anfragen ohne Sitzungs-Cookie.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/social-spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sozialräume auflisten und filtern */
        get: operations["listSocialSpace"];
        put?: never;
        /** Sozialraum anlegen */
        post: operations["createSocialSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/social-spaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sozialraum lesen */
        get: operations["getSocialSpace"];
        /** Sozialraum ersetzen */
        put: operations["updateSocialSpace"];
        post?: never;
        /** Sozialraum löschen */
        delete: operations["deleteSocialSpace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/social-spaces/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungshistorie: Sozialraum
         * @description Jede Änderung, neueste zuerst, mit Feldern vorher und nachher; auch für gelöschte Einträge.
         */
        get: operations["historySocialSpace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/social-spaces/{id}/history/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sozialraum: frühere Version wiederherstellen
         * @description Schreibt eine neue Version mit dem Inhalt der genannten; ein gelöschter Eintrag wird wieder angelegt. 404, wenn es die Version nicht gibt.
         */
        post: operations["restoreSocialSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Erhebungen auflisten */
        get: operations["listSurveys"];
        put?: never;
        /**
         * Erhebung für eine Welle anlegen
         * @description Ohne consent_text gilt der deutsche Standardtext (Zweck, Rechtsgrundlage, wer was sieht, Speicherdauer); ohne threshold 0,65.
         */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Erhebung lesen */
        get: operations["getSurvey"];
        /**
         * Erhebung ändern
         * @description version nennt die zuletzt gelesene Version; ist sie veraltet: 409.
         */
        put: operations["updateSurvey"];
        post?: never;
        /** Erhebung mit Links und Antworten löschen */
        delete: operations["deleteSurvey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rücklauf, Kooperationsmeldungen und Vorschläge */
        get: operations["surveyDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vorschläge, Stammdaten und Widersprüche annehmen oder ablehnen
         * @description Alles oder nichts. Ohne Entscheidung übernimmt die Übernahme beidseitig und einseitig gemeldete Kooperationen, aber keine widersprüchlichen, keine vorgeschlagenen Organisationen und keine Stammdaten.
         */
        post: operations["decideSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Persönliche Links ausstellen (Serienbrief-CSV)
         * @description Stellt je gewählter befragter Organisation (ohne Angabe: allen) einen neuen Link aus und antwortet mit einer CSV-Datei (Organisation, E-Mail, Link) für den Serienbrief. Das Geheimnis steht nur in dieser Antwort; gespeichert wird sein SHA-256-Hash. Frühere Links bleiben gültig, bis sie widerrufen werden oder die Erhebung endet.
         */
        post: operations["issueSurveyLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/links/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Links widerrufen
         * @description Widerruft alle Links der gewählten Organisationen (ohne Angabe: aller).
         */
        post: operations["revokeSurveyLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/mailings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protokoll der Versendungen */
        get: operations["listSurveyMailings"];
        put?: never;
        /**
         * Einladungen oder Erinnerungen per E-Mail senden
         * @description kind invitation oder reminder. Jede Mail trägt einen neuen persönlichen Link. Erinnerungen gehen nur an Organisationen, die noch nicht abgeschickt haben. Jeder Versand wird protokolliert. 422 ohne eingerichteten SMTP-Server.
         */
        post: operations["sendSurveyMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/takeover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * In die Welle übernehmen
         * @description Schreibt die angenommenen Antworten abgeschickter Fragebögen in einem Schritt (ein Import, batch_id) in die Welle, mit reported_by je Kooperation. Rückgängig mit /takeover/revert.
         */
        post: operations["surveyTakeover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/takeover/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Übernahme rückgängig machen */
        post: operations["revertSurveyTakeover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Taxonomie lesen */
        get: operations["getTaxonomy"];
        /** Taxonomie ersetzen */
        put: operations["setTaxonomy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API-Tokens auflisten */
        get: operations["listTokens"];
        put?: never;
        /** API-Token anlegen */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** API-Token widerrufen */
        delete: operations["deleteToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Benutzerkonten auflisten */
        get: operations["listUsers"];
        put?: never;
        /**
         * Benutzerkonto anlegen
         * @description Mit Anfangspasswort (mindestens 12 Zeichen) oder, ohne password, mit einem Link (reset_link), mit dem die Person ihr Passwort selbst festlegt; er gilt eine Stunde.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Name, Rolle und Sperre eines Benutzerkontos ändern
         * @description Die E-Mail-Adresse bleibt. Das letzte aktive Konto mit der Rolle admin behält sie (409). Deaktivieren beendet die Sitzungen des Kontos.
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Benutzerkonto löschen
         * @description Beendet seine Sitzungen. Das letzte aktive Konto mit der Rolle admin bleibt (409).
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link zum Zurücksetzen des Passworts erzeugen
         * @description Für das Zurücksetzen durch die Verwaltung: der Link gilt eine Stunde und nur einmal und wird nur jetzt angezeigt.
         */
        post: operations["createResetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Erhebungswellen auflisten und filtern */
        get: operations["listWave"];
        put?: never;
        /** Erhebungswelle anlegen */
        post: operations["createWave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Erhebungswelle lesen */
        get: operations["getWave"];
        /** Erhebungswelle ersetzen */
        put: operations["updateWave"];
        post?: never;
        /** Erhebungswelle löschen */
        delete: operations["deleteWave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Änderungshistorie: Erhebungswelle
         * @description Jede Änderung, neueste zuerst, mit Feldern vorher und nachher; auch für gelöschte Einträge.
         */
        get: operations["historyWave"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves/{id}/history/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erhebungswelle: frühere Version wiederherstellen
         * @description Schreibt eine neue Version mit dem Inhalt der genannten; ein gelöschter Eintrag wird wieder angelegt. 404, wenn es die Version nicht gibt.
         */
        post: operations["restoreWave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prozess läuft */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bereit: der Speicher antwortet */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Account: {
            /** Format: date-time */
            created_at: string;
            disabled: boolean;
            email: string;
            has_password: boolean;
            id: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
            single_sign_on: boolean;
        };
        AccountList: {
            items: components["schemas"]["Account"][];
        };
        ActivityResponse: {
            items: components["schemas"]["Event"][];
            next_cursor: string;
        };
        Actor: {
            address?: components["schemas"]["Address"];
            attributes?: {
                [key: string]: string;
            };
            /** Format: date-time */
            created_at: string;
            description?: string;
            email?: string;
            external_key?: string;
            fields?: string[];
            id: string;
            kind: string;
            layout?: components["schemas"]["Layout"];
            legal_domains: string[] | null;
            location?: components["schemas"]["GeoPoint"];
            name: string;
            phone?: string;
            short_name?: string;
            social_spaces?: string[];
            target_groups?: string[];
            /** Format: date-time */
            updated_at: string;
            version: number;
            website?: string;
        };
        ActorChange: {
            id: string;
            name: string;
            sentence: string;
        };
        ActorChangePage: {
            items: components["schemas"]["ActorChange"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        ActorChanges: {
            gone: components["schemas"]["ActorChange"][] | null;
            gone_count: number;
            new: components["schemas"]["ActorChange"][] | null;
            new_count: number;
        };
        ActorFilter: {
            kinds?: string[];
            legal_domains?: string[];
            social_spaces?: string[];
        };
        ActorImpact: {
            articulation_point: boolean;
            components: number;
            connected_share: number;
            criticality: number;
            cross_domain_ties_lost: number;
            degree: number;
            disconnected_pairs: number;
            explanation: string;
            id: string;
            name: string;
        };
        ActorInput: {
            address?: components["schemas"]["Address"];
            attributes?: {
                [key: string]: string;
            };
            /** Format: date-time */
            created_at?: string;
            description?: string;
            email?: string;
            external_key?: string;
            fields?: string[];
            id?: string;
            kind: string;
            layout?: components["schemas"]["LayoutInput"] | null;
            legal_domains: string[];
            location?: components["schemas"]["GeoPointInput"] | null;
            name: string;
            phone?: string;
            short_name?: string;
            social_spaces?: string[];
            target_groups?: string[];
            /** Format: date-time */
            updated_at?: string;
            version?: number;
            website?: string;
        };
        ActorMetrics: {
            articulation_point: boolean;
            betweenness: number;
            brokerage: components["schemas"]["Brokerage"];
            closeness: number;
            clustering: number;
            /** @description null, wo der Wert nicht definiert ist. */
            constraint: number | null;
            core_number: number;
            degree: number;
            /** @description null, wo der Wert nicht definiert ist. */
            effective_size: number | null;
            /** @description null, wo der Wert nicht definiert ist. */
            efficiency: number | null;
            eigenvector: number;
            harmonic: number;
            /** @description null, wo der Wert nicht definiert ist. */
            hierarchy: number | null;
            id: string;
            in_degree: number;
            out_degree: number;
            pagerank: number;
            strength: number;
        };
        ActorPage: {
            items: components["schemas"]["Actor"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        ActorReport: {
            actors: components["schemas"]["ActorMetrics"][] | null;
            approximate: boolean;
            betweenness_approximation?: components["schemas"]["Approximation"];
            bridges: string[][] | null;
            closeness_approximation?: components["schemas"]["Approximation"];
            directed: boolean;
            notes?: string[];
            revision: number;
            state: components["schemas"]["StateInfo"];
        };
        Address: {
            city?: string;
            postal_code?: string;
            street?: string;
        };
        Answers: {
            consent: boolean;
            master_data?: components["schemas"]["MasterData"];
            proposals?: components["schemas"]["NewOrganisation"][];
            ties: components["schemas"]["TieAnswer"][] | null;
        };
        AnswersInput: {
            consent?: boolean;
            master_data?: components["schemas"]["MasterData"] | null;
            proposals?: components["schemas"]["NewOrganisation"][];
            ties?: components["schemas"]["TieAnswer"][];
        };
        Approximation: {
            delta: number;
            epsilon: number;
            samples: number;
            vertex_diameter: number;
        };
        AuditAction: {
            action: string;
            label: string;
        };
        AuditEntry: {
            action: string;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: string;
            };
            key: string;
            /** @enum {string} */
            role?: "viewer" | "analyst" | "editor" | "admin";
            token_id?: string;
            who: string;
        };
        AuditPage: {
            actions: components["schemas"]["AuditAction"][];
            items: components["schemas"]["AuditEntry"][];
            next_cursor: string;
            retention_days: number;
        };
        Batch: {
            actors?: components["schemas"]["Actor"][];
            cooperations?: components["schemas"]["Cooperation"][];
            measures?: components["schemas"]["Measure"][];
            needs?: components["schemas"]["Need"][];
            offers?: components["schemas"]["Offer"][];
            social_spaces?: components["schemas"]["SocialSpace"][];
            waves?: components["schemas"]["Wave"][];
        };
        BatchCount: {
            created: number;
            unchanged: number;
            updated: number;
        };
        BatchInput: {
            actors?: components["schemas"]["ActorInput"][];
            cooperations?: components["schemas"]["CooperationInput"][];
            measures?: components["schemas"]["MeasureInput"][];
            needs?: components["schemas"]["NeedInput"][];
            offers?: components["schemas"]["OfferInput"][];
            social_spaces?: components["schemas"]["SocialSpaceInput"][];
            waves?: components["schemas"]["WaveInput"][];
        };
        BatchResult: {
            batch_id: string;
            counts: {
                [key: string]: components["schemas"]["BatchCount"];
            } | null;
            dry_run: boolean;
            revision: number;
        };
        Block: {
            density: number;
            from: string;
            ties: number;
            to: string;
        };
        BoundColumn: {
            field: string;
            header: string;
        };
        Brokerage: {
            consultant: number;
            coordinator: number;
            gatekeeper: number;
            liaison: number;
            representative: number;
        };
        Changed: {
            current: components["schemas"]["MasterData"];
            decision?: string;
            fields: string[] | null;
            key: string;
            name: string;
            proposed: components["schemas"]["MasterData"];
        };
        ClassifyRequest: {
            actor_ids: string[];
            kind?: string;
            legal_domains?: string[];
        };
        Community: {
            id: number;
            members: string[] | null;
            size: number;
        };
        CommunityReport: {
            algorithm: string;
            communities: components["schemas"]["Community"][] | null;
            method: string;
            modularity: number;
            resolution: number;
            revision: number;
            seed: number;
            state: components["schemas"]["StateInfo"];
        };
        Confirmation: {
            /** Format: date */
            at: string;
            by: string;
            offer_id: string;
        };
        Contact: {
            email?: string;
            name: string;
            phone?: string;
        };
        ContactInput: {
            email?: string;
            name?: string;
            phone?: string;
        };
        Cooperation: {
            /** Format: date-time */
            created_at: string;
            directed?: boolean;
            external_key?: string;
            from: string;
            id: string;
            intensity: number;
            kinds: string[] | null;
            note?: string;
            /** @enum {string} */
            reported_by?: "from" | "to" | "both" | "other";
            source?: string;
            to: string;
            trust?: number;
            /** Format: date-time */
            updated_at: string;
            /** Format: date */
            valid_from?: string;
            /** Format: date */
            valid_until?: string;
            value?: number;
            version: number;
            wave_id?: string;
        };
        CooperationInput: {
            /** Format: date-time */
            created_at?: string;
            directed?: boolean;
            external_key?: string;
            from: string;
            id?: string;
            intensity: number;
            kinds: string[];
            note?: string;
            /** @enum {string} */
            reported_by?: "from" | "to" | "both" | "other";
            source?: string;
            to: string;
            trust?: number;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date */
            valid_from?: string;
            /** Format: date */
            valid_until?: string;
            value?: number;
            version?: number;
            wave_id?: string;
        };
        CooperationPage: {
            items: components["schemas"]["Cooperation"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        Correction: {
            field: string;
            label: string;
            new?: string;
            shown?: string;
        };
        CouplingCell: {
            a: string;
            b: string;
            density: number;
            /** @description null, wo der Wert nicht definiert ist. */
            density_ratio: number | null;
            expected: number;
            pairs: number;
            /** @description null, wo der Wert nicht definiert ist. */
            ratio: number | null;
            ties: number;
            weak: boolean;
        };
        CouplingChanges: {
            crossed: components["schemas"]["Crossed"][] | null;
            from: components["schemas"]["CouplingMatrix"];
            to: components["schemas"]["CouplingMatrix"];
        };
        CouplingGroup: {
            actors: number;
            code: string;
            label: string;
        };
        CouplingMatrix: {
            cells: components["schemas"]["CouplingCell"][] | null;
            density: number;
            groups: components["schemas"]["CouplingGroup"][] | null;
            notes: string[] | null;
        };
        CouplingReport: {
            actor_kinds: components["schemas"]["CouplingMatrix"];
            legal_domains: components["schemas"]["CouplingMatrix"];
            revision: number;
            social_space: components["schemas"]["SpaceCoupling"] | null;
            state: components["schemas"]["StateInfo"];
            thresholds: components["schemas"]["CouplingThresholds"];
        };
        CouplingThresholds: {
            max_ratio: number;
            min_expected: number;
        };
        Coverage: {
            one_sided: number;
            rate: number;
            survey: string;
            threshold: number;
            warning?: string;
        };
        CreatedAccount: {
            /** Format: date-time */
            created_at: string;
            disabled: boolean;
            email: string;
            has_password: boolean;
            id: string;
            name: string;
            /** Format: date-time */
            reset_expires_at?: string;
            reset_link?: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
            single_sign_on: boolean;
        };
        CreatedToken: {
            actor_id?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at?: string;
            id: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
            secret: string;
        };
        Crossed: {
            became: string;
            col: string;
            row: string;
            sentence: string;
        };
        Dashboard: {
            by_kind: components["schemas"]["RateGroup"][] | null;
            by_legal_domain: components["schemas"]["RateGroup"][] | null;
            by_social_space: components["schemas"]["RateGroup"][] | null;
            definition: string;
            drafts: number;
            master_data: components["schemas"]["Changed"][] | null;
            not_answered: components["schemas"]["Pending"][] | null;
            proposals: components["schemas"]["Proposed"][] | null;
            rate: number;
            respondents: number;
            state: string;
            submitted: number;
            takeover: components["schemas"]["TakeoverCounts"];
            takeover_batch?: string;
            threshold: number;
            tie_counts: components["schemas"]["TieCounts"];
            ties: components["schemas"]["TiePair"][] | null;
        };
        Decision: {
            decision: string;
            key: string;
            kind: string;
            prefer?: string;
        };
        DecisionInput: {
            decision?: string;
            key: string;
            kind: string;
            prefer?: string;
        };
        DecisionRequest: {
            note?: string;
            status: string;
        };
        Decisions: {
            decisions: components["schemas"]["Decision"][];
        };
        DecisionsInput: {
            decisions: components["schemas"]["DecisionInput"][];
        };
        Definition: {
            code: string;
            explanation: string;
            label: string;
            reference: string;
        };
        DeleteResponse: {
            also_deleted: {
                [key: string]: number;
            };
            id: string;
            /** @enum {string} */
            kind: "actor" | "cooperation" | "social_space" | "offer" | "need" | "wave" | "measure";
        };
        Distances: {
            diameter: number;
            exact: boolean;
            mean_distance: number;
            nodes: number;
            sources: number;
        };
        Evaluation: {
            agreed: components["schemas"]["Observation"];
            measure_id: string;
            /** @enum {string} */
            outcome: "pending" | "realised" | "not_realised" | "lapsed" | "closed" | "improved" | "unchanged" | "worsened";
            status: string;
            text: string;
            title: string;
            waves: components["schemas"]["Observation"][] | null;
        };
        Event: {
            action: string;
            /** Format: date-time */
            at: string;
            batch_id: string;
            by: string;
            changes: components["schemas"]["FieldChange"][] | null;
            deleted?: boolean;
            entity_id: string;
            entity_name: string;
            id: string;
            /** @enum {string} */
            kind: "actor" | "cooperation" | "social_space" | "offer" | "need" | "wave" | "measure";
            reverts?: string;
            version: number;
        };
        Field: {
            field: string;
            header: string;
            help?: string;
        };
        FieldChange: {
            after: unknown | null;
            before: unknown | null;
            field: string;
        };
        FieldError: {
            field: string;
            message: string;
        };
        Figures: {
            actors: number;
            clustering: number;
            components: number;
            density: number;
            mean_degree: number;
            sentences: string[] | null;
            ties: number;
        };
        ForgotRequest: {
            email: string;
        };
        ForgotResponse: {
            message: string;
        };
        Format: {
            content_type: string;
            decode: boolean;
            encode: boolean;
            extensions: string[] | null;
            label: string;
            /** @enum {string} */
            name: "csv" | "xlsx" | "graphml" | "gexf" | "json" | "geojson";
        };
        Gap: {
            explanation: string;
            field?: string;
            kind: string;
            severity: number;
            social_space: string;
            target_group?: string;
        };
        GapReport: {
            cells: components["schemas"]["SupplyCell"][] | null;
            gaps: components["schemas"]["Gap"][] | null;
            revision: number;
            social_spaces: components["schemas"]["SpaceSupply"][] | null;
            state: components["schemas"]["StateInfo"];
        };
        GeoPoint: {
            lat: number;
            lon: number;
        };
        GeoPointInput: {
            lat?: number;
            lon?: number;
        };
        Group: {
            actors: number;
            id: string;
            location?: components["schemas"]["GeoPoint"];
            name: string;
            pairs: number;
        };
        GroupStats: {
            density: number;
            /** @description null, wo der Wert nicht definiert ist. */
            ei_index: number | null;
            external_ties: number;
            group: string;
            internal_ties: number;
            size: number;
        };
        HistoryResponse: {
            items: components["schemas"]["Event"][];
        };
        ImportResponse: {
            batch_id: string;
            columns: components["schemas"]["SheetColumns"][] | null;
            counts: {
                [key: string]: components["schemas"]["BatchCount"];
            } | null;
            decoded: {
                [key: string]: number;
            } | null;
            dry_run: boolean;
            dry_run_token: string;
            errors: number;
            format: string;
            issues: components["schemas"]["Issue"][] | null;
            revision: number;
            warnings: number;
        };
        Indicator: {
            code: string;
            value: number;
            year: number;
        };
        IndicatorInput: {
            code: string;
            value?: number;
            year: number;
        };
        Issue: {
            column?: string;
            element?: string;
            field?: string;
            message: string;
            row?: number;
            /** @enum {string} */
            severity: "error" | "warning";
            sheet?: string;
            suggestion?: string;
            text: string;
            value?: string;
        };
        Layout: {
            color?: string;
            x: number;
            y: number;
        };
        LayoutInput: {
            color?: string;
            x?: number;
            y?: number;
        };
        Link: {
            cross_domain: number;
            pairs: number;
            source: string;
            target: string;
        };
        LinkRequest: {
            respondents?: string[];
        };
        Listing: {
            accessible_toilet?: boolean;
            by_phone?: boolean;
            by_video?: boolean;
            /** Format: date */
            confirmed_at?: string;
            costs?: string;
            directions?: string;
            easy_language?: boolean;
            email?: string;
            eutb?: boolean;
            free_of_charge?: boolean;
            hearing_loop?: boolean;
            home_visits?: boolean;
            languages?: string[];
            opening_hours?: string;
            phone?: string;
            sign_language?: boolean;
            step_free?: boolean;
        };
        MailRequest: {
            kind: string;
            respondents?: string[];
        };
        Mailing: {
            /** Format: date-time */
            at: string;
            by: string;
            failed: components["schemas"]["Recipient"][] | null;
            id: string;
            kind: string;
            no_address: components["schemas"]["Recipient"][] | null;
            sent: components["schemas"]["Recipient"][] | null;
        };
        Mapping: {
            columns?: {
                [key: string]: string;
            };
            values?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        MasterData: {
            address?: components["schemas"]["Address"];
            email?: string;
            name: string;
            offers?: string;
            phone?: string;
            website?: string;
        };
        Measure: {
            actors?: string[];
            /** Format: date */
            agreed_on?: string;
            agreed_wave_id?: string;
            /** Format: date-time */
            created_at: string;
            description?: string;
            /** Format: date */
            due?: string;
            external_key?: string;
            id: string;
            origin: components["schemas"]["MeasureOrigin"];
            responsible?: string;
            /** @enum {string} */
            status: "geplant" | "begonnen" | "erledigt" | "verworfen";
            title: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        MeasureEvaluations: {
            evaluations: components["schemas"]["Evaluation"][] | null;
            revision: number;
        };
        MeasureInput: {
            actors?: string[];
            /** Format: date */
            agreed_on?: string;
            agreed_wave_id?: string;
            /** Format: date-time */
            created_at?: string;
            description?: string;
            /** Format: date */
            due?: string;
            external_key?: string;
            id?: string;
            origin: components["schemas"]["MeasureOrigin"];
            responsible?: string;
            /** @enum {string} */
            status: "geplant" | "begonnen" | "erledigt" | "verworfen";
            title: string;
            /** Format: date-time */
            updated_at?: string;
            version?: number;
        };
        MeasureOrigin: {
            field?: string;
            from?: string;
            /** @enum {string} */
            kind: "potential" | "gap";
            social_space_id?: string;
            target_group?: string;
            to?: string;
        };
        MeasurePage: {
            items: components["schemas"]["Measure"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        Mixing: {
            blocks: components["schemas"]["Block"][] | null;
            /** @description null, wo der Wert nicht definiert ist. */
            ei_index: number | null;
            groups: components["schemas"]["GroupStats"][] | null;
        };
        Mover: {
            betweenness_after: number;
            betweenness_before: number;
            degree_after: number;
            degree_before: number;
            id: string;
            name: string;
            sentence: string;
        };
        Need: {
            /** Format: date-time */
            created_at: string;
            external_key?: string;
            field: string;
            id: string;
            /** @enum {string} */
            measure: "offers" | "offers_per_1000" | "places_per_1000";
            note?: string;
            social_space_id: string;
            target: number;
            target_group?: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
            year?: number;
        };
        NeedCheck: {
            /** @description null, wo der Wert nicht definiert ist. */
            coverage: number | null;
            measure: string;
            need_id: string;
            target: number;
            /** @description null, wo der Wert nicht definiert ist. */
            value: number | null;
        };
        NeedInput: {
            /** Format: date-time */
            created_at?: string;
            external_key?: string;
            field: string;
            id?: string;
            /** @enum {string} */
            measure: "offers" | "offers_per_1000" | "places_per_1000";
            note?: string;
            social_space_id: string;
            target: number;
            target_group?: string;
            /** Format: date-time */
            updated_at?: string;
            version?: number;
            year?: number;
        };
        NeedPage: {
            items: components["schemas"]["Need"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        NetworkChanges: {
            delta: components["schemas"]["Figures"];
            from: components["schemas"]["Figures"];
            to: components["schemas"]["Figures"];
        };
        NetworkEdge: {
            directed: boolean;
            id: string;
            intensity: number;
            kinds: string[];
            reported_by?: string;
            source: string;
            target: string;
            trust?: number;
            value?: number;
            wave_id?: string;
        };
        NetworkNode: {
            attributes?: {
                [key: string]: string;
            };
            fields: string[];
            id: string;
            kind: string;
            layout?: components["schemas"]["Layout"];
            legal_domains: string[];
            location?: components["schemas"]["GeoPoint"];
            name: string;
            short_name?: string;
            social_spaces: string[];
            target_groups: string[];
        };
        NetworkReport: {
            actors: number;
            approximate: boolean;
            /** @description null, wo der Wert nicht definiert ist. */
            assortativity: number | null;
            betweenness_centralization: number;
            communities: number;
            components: number;
            degree_centralization: number;
            density: number;
            directed: boolean;
            distances: components["schemas"]["Distances"];
            groups: {
                [key: string]: components["schemas"]["Mixing"];
            } | null;
            largest_component: number;
            modularity: number;
            reciprocity: number;
            revision: number;
            state: components["schemas"]["StateInfo"];
            ties: number;
        };
        NetworkResponse: {
            edges: components["schemas"]["NetworkEdge"][];
            nodes: components["schemas"]["NetworkNode"][];
            revision: number;
            state: components["schemas"]["StateInfo"];
        };
        NewOrganisation: {
            city?: string;
            kind?: string;
            name: string;
            note?: string;
        };
        Observation: {
            coverage?: number;
            /** Format: date */
            date: string;
            label: string;
            offers?: number;
            /** @enum {string} */
            outcome?: "realised" | "not_realised" | "lapsed" | "closed" | "improved" | "unchanged" | "worsened";
            text?: string;
            tie?: boolean;
            wave_id?: string;
        };
        Offer: {
            actor_id: string;
            barrier_free?: boolean;
            capacity?: number;
            counselling?: boolean;
            /** Format: date-time */
            created_at: string;
            description?: string;
            external_key?: string;
            fields: string[];
            id: string;
            legal_basis?: string;
            legal_domains?: string[];
            listing?: components["schemas"]["Listing"];
            low_threshold?: boolean;
            name: string;
            social_spaces?: string[];
            target_groups?: string[];
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        OfferInput: {
            actor_id: string;
            barrier_free?: boolean;
            capacity?: number;
            counselling?: boolean;
            /** Format: date-time */
            created_at?: string;
            description?: string;
            external_key?: string;
            fields: string[];
            id?: string;
            legal_basis?: string;
            legal_domains?: string[];
            listing?: components["schemas"]["Listing"] | null;
            low_threshold?: boolean;
            name: string;
            social_spaces?: string[];
            target_groups?: string[];
            /** Format: date-time */
            updated_at?: string;
            version?: number;
        };
        OfferPage: {
            items: components["schemas"]["Offer"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        OidcStatus: {
            enabled: boolean;
        };
        OutdatedList: {
            items: components["schemas"]["Stale"][];
            mail: boolean;
            max_age_months: number;
        };
        Overview: {
            actors: number;
            by: string;
            definition: string;
            groups: components["schemas"]["Group"][];
            links: components["schemas"]["Link"][];
            omitted_links: number;
            omitted_pairs: number;
            pairs: number;
            revision: number;
            state: components["schemas"]["StateInfo"];
            total: number;
        };
        OwnOffer: {
            fields: string[];
            name: string;
            target_groups: string[];
        };
        Pending: {
            draft: boolean;
            email?: string;
            id: string;
            mailings: number;
            name: string;
        };
        Potential: {
            a: components["schemas"]["PotentialActor"];
            b: components["schemas"]["PotentialActor"];
            explanation: components["schemas"]["ScoreExplanation"];
            parts: components["schemas"]["PotentialParts"];
            reasons: string[] | null;
            score: number;
            shared_fields: string[] | null;
            shared_partners: string[] | null;
            shared_social_spaces: string[] | null;
            shared_target_groups: string[] | null;
        };
        PotentialActor: {
            id: string;
            legal_domains: string[] | null;
            name: string;
        };
        PotentialParts: {
            adamic_adar: number;
            complementary: number;
            fields: number;
            social_spaces: number;
            structural: number;
            target_groups: number;
        };
        PotentialReport: {
            candidates: number;
            potentials: components["schemas"]["Potential"][] | null;
            revision: number;
            skipped_buckets: number;
            state: components["schemas"]["StateInfo"];
            weights: components["schemas"]["PotentialWeights"];
        };
        PotentialWeights: {
            bucket_cap: number;
            complementary: number;
            fields: number;
            social_spaces: number;
            structural: number;
            target_groups: number;
        };
        Principal: {
            actor_id?: string;
            anonymous: boolean;
            email?: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
            token_id?: string;
            user_id?: string;
        };
        Problem: {
            detail?: string;
            errors?: components["schemas"]["FieldError"][];
            instance?: string;
            report?: components["schemas"]["ImportResponse"];
            request_id?: string;
            status: number;
            title: string;
            type: string;
        };
        Proposal: {
            add: components["schemas"]["ProposedTie"][] | null;
            remove: string[] | null;
        };
        ProposalInput: {
            add?: components["schemas"]["ProposedTieInput"][];
            remove?: string[];
        };
        Proposed: {
            decision?: string;
            key: string;
            organisation: components["schemas"]["NewOrganisation"];
            respondent_id: string;
            respondent_name: string;
        };
        ProposedTie: {
            from: string;
            intensity: number;
            kinds: string[] | null;
            to: string;
        };
        ProposedTieInput: {
            from?: string;
            intensity?: number;
            kinds?: string[];
            to?: string;
        };
        ProviderLink: {
            actor_id: string;
            /** Format: date-time */
            expires_at: string;
            mail_error?: string;
            mailed_to?: string;
            provider: string;
            url: string;
        };
        ProviderLinkRequest: {
            actor_id: string;
            mail?: boolean;
        };
        PublicCount: {
            code: string;
            label: string;
            offers: number;
        };
        PublicOffer: {
            address: components["schemas"]["Address"];
            barrier_free: boolean;
            description: string;
            distance_km?: number;
            email: string;
            fields: components["schemas"]["PublicTerm"][];
            id: string;
            listing: components["schemas"]["Listing"];
            location: components["schemas"]["GeoPoint"] | null;
            low_threshold: boolean;
            name: string;
            phone: string;
            provider: string;
            social_spaces: components["schemas"]["PublicSpace"][];
            target_groups: components["schemas"]["PublicTerm"][];
            /** Format: date */
            updated_at: string;
            url: string;
            website: string;
        };
        PublicPlace: {
            location: components["schemas"]["GeoPoint"];
            name: string;
            social_spaces: string[];
        };
        PublicSearchResult: {
            all_terms: boolean;
            items: components["schemas"]["PublicOffer"][];
            page: number;
            pages: number;
            per_page: number;
            place?: string;
            search_url: string;
            total: number;
        };
        PublicSpace: {
            id: string;
            name: string;
        };
        PublicSpaceOption: {
            depth: number;
            id: string;
            name: string;
            offers: number;
        };
        PublicTerm: {
            code: string;
            label: string;
        };
        PublicVocabulary: {
            fields: components["schemas"]["PublicCount"][];
            languages: components["schemas"]["PublicTerm"][];
            offers: number;
            places: components["schemas"]["PublicPlace"][];
            social_spaces: components["schemas"]["PublicSpaceOption"][];
            target_groups: components["schemas"]["PublicCount"][];
        };
        QualityActor: {
            id: string;
            kind: string;
            legal_domains: string[];
            missing: string[];
            name: string;
        };
        QualityFinding: {
            actor_id?: string;
            code: string;
            message: string;
            name?: string;
        };
        QualityResponse: {
            findings: components["schemas"]["QualityFinding"][];
            revision: number;
            unassigned: components["schemas"]["QualityActor"][];
        };
        Questions: {
            direction: boolean;
            kinds: boolean;
            note: boolean;
            since: boolean;
            trust: boolean;
            value: boolean;
        };
        QuestionsInput: {
            direction?: boolean;
            kinds?: boolean;
            note?: boolean;
            since?: boolean;
            trust?: boolean;
            value?: boolean;
        };
        RateGroup: {
            code: string;
            label: string;
            rate: number;
            respondents: number;
            submitted: number;
        };
        Realised: {
            expected_rate: number;
            hit_rate: number;
            pairs: components["schemas"]["RealisedPair"][] | null;
            realised: number;
            sentence: string;
            top: number;
        };
        RealisedPair: {
            a: string;
            a_name: string;
            b: string;
            b_name: string;
            realised: boolean;
            score: number;
            sentence: string;
        };
        Recipient: {
            email?: string;
            error?: string;
            id: string;
            name: string;
        };
        Report: {
            actors: components["schemas"]["ActorChanges"];
            coupling: components["schemas"]["CouplingChanges"];
            fallers: components["schemas"]["Mover"][] | null;
            from: components["schemas"]["StateInfo"];
            network: components["schemas"]["NetworkChanges"];
            notes: string[] | null;
            potentials_realised: components["schemas"]["Realised"];
            risers: components["schemas"]["Mover"][] | null;
            summary: string[] | null;
            ties: components["schemas"]["TieChanges"];
            to: components["schemas"]["StateInfo"];
        };
        ReportList: {
            items: components["schemas"]["VisitorReport"][];
        };
        ResetLinkResponse: {
            /** Format: date-time */
            expires_at: string;
            link: string;
        };
        ResetRequest: {
            password: string;
            token: string;
        };
        ResilienceReport: {
            actors: components["schemas"]["ActorImpact"][] | null;
            components: number;
            connected_share: number;
            cross_domain_ties: number;
            revision: number;
            state: components["schemas"]["StateInfo"];
        };
        RespondentView: {
            answers: components["schemas"]["Answers"];
            asks_master_data: boolean;
            /** Format: date-time */
            closes_at: string;
            consent_text: string;
            contact: components["schemas"]["Contact"];
            kinds: components["schemas"]["Term"][] | null;
            /** Format: date-time */
            opens_at: string;
            organisation: components["schemas"]["RosterEntry"];
            own_data: components["schemas"]["MasterData"];
            own_offers: components["schemas"]["OwnOffer"][];
            partners: components["schemas"]["RosterEntry"][] | null;
            questions: components["schemas"]["Questions"];
            roster: components["schemas"]["RosterEntry"][] | null;
            roster_size: number;
            state: string;
            /** Format: date-time */
            submitted_at?: string;
            title: string;
            version: number;
        };
        RevertResponse: {
            batch_id: string;
            reverted: {
                [key: string]: number;
            };
        };
        RevokeResponse: {
            revoked: number;
        };
        Roster: {
            legal_domains?: string[];
            mode: string;
        };
        RosterEntry: {
            city?: string;
            id: string;
            name: string;
            short_name?: string;
        };
        RosterInput: {
            legal_domains?: string[];
            mode?: string;
        };
        SaveRequest: {
            answers: components["schemas"]["Answers"];
            version: number;
        };
        SaveRequestInput: {
            answers?: components["schemas"]["AnswersInput"];
            version?: number;
        };
        Saved: {
            state: string;
            /** Format: date-time */
            submitted_at?: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        SavedScenario: {
            created_by: string;
            date: string;
            id: string;
            name: string;
            proposal: components["schemas"]["Proposal"];
            /** Format: date-time */
            updated_at: string;
            version: number;
            wave: string;
        };
        SavedView: {
            created_by: string;
            key: string;
            name: string;
            path: string;
            query: string;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        Scenario: {
            actors: number;
            articulation_points: number;
            components: number;
            connected_share: number;
            coupling: components["schemas"]["CouplingMatrix"];
            cross_domain_ties: number;
            density: number;
            largest_component: number;
            most_critical: components["schemas"]["ActorImpact"][] | null;
            ties: number;
            weak_domain_pairs: number;
        };
        ScenarioList: {
            items: components["schemas"]["SavedScenario"][] | null;
        };
        ScenarioRequest: {
            /** Format: date */
            date?: string;
            name: string;
            proposal: components["schemas"]["Proposal"];
            wave?: string;
        };
        ScenarioRequestInput: {
            /** Format: date */
            date?: string;
            name: string;
            proposal: components["schemas"]["ProposalInput"];
            wave?: string;
        };
        ScoreExplanation: {
            parts: components["schemas"]["ScorePart"][] | null;
            summary: string;
        };
        ScorePart: {
            contribution: number;
            key: string;
            label: string;
            text: string;
            value: number;
            weight: number;
        };
        SearchResponse: {
            items: components["schemas"]["RosterEntry"][];
        };
        SessionResponse: {
            csrf_token: string;
            /** Format: date-time */
            expires_at: string;
            user: components["schemas"]["Account"];
        };
        SheetColumns: {
            columns: components["schemas"]["BoundColumn"][] | null;
            /** @enum {string} */
            kind: "actor" | "cooperation" | "social_space" | "offer" | "need" | "wave" | "measure";
            sheet: string;
        };
        SheetFields: {
            fields: components["schemas"]["Field"][] | null;
            /** @enum {string} */
            kind: "actor" | "cooperation" | "social_space" | "offer" | "need" | "wave" | "measure";
            sheet: string;
        };
        SignInRequest: {
            email: string;
            password: string;
        };
        SocialSpace: {
            /** @description GeoJSON-Geometrie (Polygon oder MultiPolygon). */
            boundary?: Record<string, never>;
            /** Format: date-time */
            created_at: string;
            external_key?: string;
            id: string;
            indicators?: components["schemas"]["Indicator"][];
            level: string;
            name: string;
            parent_id?: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        SocialSpaceInput: {
            /** @description GeoJSON-Geometrie (Polygon oder MultiPolygon). */
            boundary?: Record<string, never>;
            /** Format: date-time */
            created_at?: string;
            external_key?: string;
            id?: string;
            indicators?: components["schemas"]["IndicatorInput"][];
            level: string;
            name: string;
            parent_id?: string;
            /** Format: date-time */
            updated_at?: string;
            version?: number;
        };
        SocialSpacePage: {
            items: components["schemas"]["SocialSpace"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        SpaceCoupling: {
            actors: number;
            legal_domains: components["schemas"]["CouplingMatrix"];
            name: string;
            social_space: string;
        };
        SpaceMetrics: {
            actors: number;
            clustering: number;
            components: number;
            degree_centralization: number;
            density: number;
            /** @description null, wo der Wert nicht definiert ist. */
            ei_index: number | null;
            largest_component: number;
            level: string;
            local_actors: number;
            local_density: number;
            /** @description null, wo der Wert nicht definiert ist. */
            local_ratio: number | null;
            mean_degree: number;
            name: string;
            social_space: string;
            ties: number;
        };
        SpaceReport: {
            density: number;
            revision: number;
            social_spaces: components["schemas"]["SpaceMetrics"][] | null;
            state: components["schemas"]["StateInfo"];
        };
        SpaceSupply: {
            /** @description null, wo der Wert nicht definiert ist. */
            coverage: number | null;
            name: string;
            needs: number;
            needs_unmet: number;
            social_space: string;
        };
        Stale: {
            /** Format: date */
            last_confirmed?: string;
            name: string;
            offer_id: string;
            provider: string;
            provider_id: string;
            provider_mail: boolean;
            /** Format: date */
            updated_at: string;
        };
        StateEntry: {
            actors: number;
            base_wave_id: string;
            base_wave_name: string;
            closed: boolean;
            cooperations: number;
            coverage?: components["schemas"]["Coverage"];
            /** Format: date */
            date: string;
            label: string;
            redaction?: string;
            today: boolean;
            unconfirmed: number;
            wave_id: string;
            wave_name: string;
        };
        StateInfo: {
            actors: number;
            base_wave_id: string;
            base_wave_name: string;
            cooperations: number;
            coverage?: components["schemas"]["Coverage"];
            /** Format: date */
            date: string;
            label: string;
            redaction?: string;
            today: boolean;
            unconfirmed: number;
            wave_id: string;
            wave_name: string;
        };
        StatesResponse: {
            default: components["schemas"]["StateInfo"];
            revision: number;
            states: components["schemas"]["StateEntry"][];
        };
        StatusResponse: {
            status: string;
            version?: string;
        };
        SupplyCell: {
            capacity: number;
            field: string;
            need?: components["schemas"]["NeedCheck"];
            offers: number;
            /** @description null, wo der Wert nicht definiert ist. */
            offers_per_1000: number | null;
            /** @description null, wo der Wert nicht definiert ist. */
            places_per_1000: number | null;
            social_space: string;
            target_group?: string;
        };
        Survey: {
            /** Format: date-time */
            closes_at: string;
            consent_text: string;
            contact: components["schemas"]["Contact"];
            id: string;
            master_data?: boolean;
            /** Format: date-time */
            opens_at: string;
            questions: components["schemas"]["Questions"];
            respondents: components["schemas"]["ActorFilter"];
            roster: components["schemas"]["Roster"];
            takeover_batch?: string;
            threshold: number;
            title: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
            wave_id: string;
        };
        SurveyInput: {
            /** Format: date-time */
            closes_at: string;
            consent_text?: string;
            contact?: components["schemas"]["ContactInput"];
            id?: string;
            master_data?: boolean;
            /** Format: date-time */
            opens_at: string;
            questions?: components["schemas"]["QuestionsInput"];
            respondents?: components["schemas"]["ActorFilter"];
            roster?: components["schemas"]["RosterInput"];
            takeover_batch?: string;
            threshold?: number;
            title: string;
            /** Format: date-time */
            updated_at?: string;
            version?: number;
            wave_id: string;
        };
        SurveyList: {
            items: components["schemas"]["Survey"][];
        };
        TakeoverCounts: {
            actors: number;
            corrected: number;
            ties: number;
        };
        TakeoverResult: {
            actors: number;
            batch_id: string;
            corrected: number;
            counts: {
                [key: string]: components["schemas"]["BatchCount"];
            } | null;
            dry_run: boolean;
            revision: number;
            ties: number;
        };
        Taxonomy: {
            actor_kinds: components["schemas"]["Term"][] | null;
            cooperation_kinds: components["schemas"]["Term"][] | null;
            fields: components["schemas"]["Term"][] | null;
            indicators: components["schemas"]["Term"][] | null;
            legal_domains: components["schemas"]["Term"][] | null;
            space_levels: components["schemas"]["Term"][] | null;
            target_groups: components["schemas"]["Term"][] | null;
            version: number;
        };
        TaxonomyInput: {
            actor_kinds?: components["schemas"]["TermInput"][];
            cooperation_kinds?: components["schemas"]["TermInput"][];
            fields?: components["schemas"]["TermInput"][];
            indicators?: components["schemas"]["TermInput"][];
            legal_domains?: components["schemas"]["TermInput"][];
            space_levels?: components["schemas"]["TermInput"][];
            target_groups?: components["schemas"]["TermInput"][];
            version?: number;
        };
        Term: {
            code: string;
            description?: string;
            directed?: boolean;
            label: string;
        };
        TermInput: {
            code?: string;
            description?: string;
            directed?: boolean;
            label?: string;
        };
        Tie: {
            from: string;
            from_name: string;
            intensity_after: number;
            intensity_before: number;
            kinds_after: string[] | null;
            kinds_before: string[] | null;
            sentence: string;
            to: string;
            to_name: string;
        };
        TieAnswer: {
            direction?: string;
            intensity: number;
            kinds?: string[];
            note?: string;
            partner: string;
            since?: string;
            trust?: number;
            value?: number;
        };
        TieChanges: {
            changed: components["schemas"]["Tie"][] | null;
            changed_count: number;
            lapsed: components["schemas"]["Tie"][] | null;
            lapsed_count: number;
            new: components["schemas"]["Tie"][] | null;
            new_count: number;
        };
        TieCounts: {
            both: number;
            conflict: number;
            one_side: number;
        };
        TiePage: {
            items: components["schemas"]["Tie"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        TiePair: {
            a: string;
            a_name: string;
            b: string;
            b_name: string;
            by_a?: components["schemas"]["TieAnswer"];
            by_b?: components["schemas"]["TieAnswer"];
            decision?: string;
            key: string;
            prefer?: string;
            status: string;
        };
        Token: {
            actor_id?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at?: string;
            id: string;
            /** Format: date-time */
            last_used_at?: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
        };
        TokenList: {
            items: components["schemas"]["Token"][];
        };
        TokenRequest: {
            actor_id?: string;
            /** Format: date-time */
            expires_at?: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
        };
        TokenRequestInput: {
            actor_id?: string;
            expires_at?: string | null;
            name: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
        };
        UserRequest: {
            email: string;
            name: string;
            password?: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
        };
        UserUpdate: {
            disabled: boolean;
            name: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
        };
        UserUpdateInput: {
            disabled?: boolean;
            name: string;
            /** @enum {string} */
            role: "viewer" | "analyst" | "editor" | "admin";
        };
        ViewList: {
            items: components["schemas"]["SavedView"][];
        };
        ViewRequest: {
            name: string;
            path: string;
            query: string;
        };
        ViewRequestInput: {
            name: string;
            path: string;
            query?: string;
        };
        VisitorReport: {
            contact?: string;
            corrections?: components["schemas"]["Correction"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            decided_at?: string;
            decided_by?: string;
            from_provider?: boolean;
            id: string;
            kind: string;
            name?: string;
            note?: string;
            offer_id?: string;
            offer_name?: string;
            place?: string;
            provider?: string;
            status: string;
            text: string;
        };
        Wave: {
            closed?: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date */
            date: string;
            description?: string;
            external_key?: string;
            id: string;
            name: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        WaveInput: {
            closed?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date */
            date: string;
            description?: string;
            external_key?: string;
            id?: string;
            name: string;
            /** Format: date-time */
            updated_at?: string;
            version?: number;
        };
        WavePage: {
            items: components["schemas"]["Wave"][];
            limit: number;
            next_cursor?: string;
            offset: number;
            total: number;
        };
        WhatIfReport: {
            after: components["schemas"]["Scenario"];
            before: components["schemas"]["Scenario"];
            changes: string[] | null;
            proposal: components["schemas"]["Proposal"];
            revision: number;
            state: components["schemas"]["StateInfo"];
        };
    };
    responses: {
        /** @description Die Anfrage ist fehlerhaft: ungültiges JSON, unbekanntes Feld, falscher Typ oder ungültiger Parameter. errors nennt Feld oder Parameter. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Veraltete Version, vergebener Schlüssel oder der Eintrag wird noch verwendet. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Die Rolle reicht nicht aus, oder eine ändernde Anfrage mit dem Sitzungs-Cookie kam ohne gültiges X-CSRF-Token. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Die Dateien enthalten Fehler (beim Lesen oder bei der Prüfung durch den Speicher); nichts wurde gespeichert. type ist urn:netzwerkatlas:problem:import-refused, report enthält den Bericht mit Blatt, Zeile und Spalte jedes Fehlers. */
        ImportRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Der Datenträger des Speichers ist voll; nichts wurde gespeichert. Lesen geht weiter. */
        InsufficientStorage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Die Daten verletzen eine Regel; errors nennt jedes Feld mit Pfad, z. B. legal_domains[1]. */
        Invalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Den Eintrag gibt es nicht. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Die zuletzt gelesene Version fehlt (Feld version oder Kopf If-Match). */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Der Anfragekörper ist zu groß. */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Zu viele Anfragen: so viele Importe und Probeläufe, wie gleichzeitig erlaubt sind, (Befragung) zu viele Anfragen je Link oder Adresse, (öffentliches Verzeichnis) zu viele Anfragen je Adresse oder (Anmeldung) zu viele Fehlversuche mit der E-Mail-Adresse; nichts wurde gespeichert. Nach Retry-After Sekunden erneut senden. */
        TooManyImports: {
            headers: {
                /** @description Sekunden bis zum nächsten Versuch. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Kein oder ein unbekanntes API-Token, keine gültige Sitzung, oder (Anmeldung) falsche E-Mail-Adresse oder falsches Passwort. */
        Unauthorized: {
            headers: {
                /** @description Bearer realm="Netzwerkatlas" */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Der Speicher ist nicht erreichbar oder nur lesbar; nichts wurde gespeichert. Retry-After nennt die Sekunden bis zum nächsten Versuch. */
        Unavailable: {
            headers: {
                /** @description Sekunden bis zum nächsten Versuch. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Der Anfragekörper hat einen anderen Inhaltstyp als den beschriebenen. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    publicSearch: {
        parameters: {
            query?: {
                /** @description Freier Suchtext, höchstens 200 Zeichen; findet auch Wörter mit Tippfehlern und andere Wortformen. */
                q?: string;
                /** @description Ort, Postleitzahl oder Sozialraum, in dessen Umkreis gesucht wird (wie in der Liste der Orte); nicht zusammen mit lat und lon. */
                ort?: string;
                /** @description Umkreis um ort oder lat/lon in Kilometern, mehr als 0 und höchstens 100; Standard 10. */
                umkreis?: number | string;
                /** @description Geografische Breite (WGS 84) für die Suche im Umkreis, nur zusammen mit lon. */
                lat?: number | string;
                /** @description Geografische Länge (WGS 84), nur zusammen mit lat. */
                lon?: number | string;
                /** @description Code eines Handlungsfelds (Thema). */
                feld?: string;
                /** @description Code einer Zielgruppe (für wen). */
                fuer?: string;
                /** @description ID eines Sozialraums (Gemeinde); Angebote, die ihn bedienen. */
                raum?: string;
                /** @description Sprache außer Deutsch als Kürzel nach ISO 639, z. B. tr; dgs ist Deutsche Gebärdensprache. */
                sprache?: string;
                /** @description 1 oder true: das Angebot soll barrierefrei zugänglich sein. */
                barrierefrei?: "1" | "true" | "0" | "false" | "";
                /** @description 1 oder true: das Angebot soll ohne Termin und Hürden erreichbar sein. */
                niedrigschwellig?: "1" | "true" | "0" | "false" | "";
                /** @description 1 oder true: das Angebot soll kostenfrei sein. */
                kostenfrei?: "1" | "true" | "0" | "false" | "";
                /** @description 1 oder true: das Angebot soll eine EUTB sein (unabhängige Teilhabeberatung, § 32 SGB IX). */
                eutb?: "1" | "true" | "0" | "false" | "";
                /** @description 1 oder true: das Angebot soll auch am Telefon beraten. */
                telefon?: "1" | "true" | "0" | "false" | "";
                /** @description 1 oder true: das Angebot soll auch per Video beraten. */
                video?: "1" | "true" | "0" | "false" | "";
                /** @description 1 oder true: das Angebot soll auch zu Hause beraten. */
                hausbesuch?: "1" | "true" | "0" | "false" | "";
                /** @description Seite der Treffer, ab 1. */
                seite?: number;
                /** @description Treffer je Seite. */
                pro_seite?: number;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSearchResult"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
        };
    };
    publicOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Angebots. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOffer"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
        };
    };
    publicVocabulary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVocabulary"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
        };
    };
    activity: {
        parameters: {
            query?: {
                /** @description Nur Einträge dieser Art. */
                kind?: "actor" | "cooperation" | "social_space" | "offer" | "need" | "wave" | "measure";
                /** @description Nur Änderungen dieses Tokens oder Benutzers (Name). */
                by?: string;
                /** @description Nur Änderungen des Eintrags mit dieser ID. */
                entity_id?: string;
                /** @description Nur Änderungen dieses Imports (batch_id der Importantwort). */
                batch_id?: string;
                /** @description Nur Änderungen ab diesem Zeitpunkt (RFC 3339 oder JJJJ-MM-TT). */
                since?: string;
                /** @description Nur Änderungen vor diesem Zeitpunkt (RFC 3339 oder JJJJ-MM-TT). */
                until?: string;
                /** @description next_cursor der vorigen Seite, unverändert; leer heißt erste Seite. */
                cursor?: string;
                /** @description Seitengröße. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listActor: {
        parameters: {
            query?: {
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: string;
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: string;
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: string;
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Code einer Akteursart der Taxonomie. */
                actor_kind?: string;
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description Seitengröße. */
                limit?: number;
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Die Seite beginnt nach dem Eintrag, den dieser Cursor nennt: next_cursor der vorigen Seite, unverändert. Anders als offset verschieben neue oder gelöschte Einträge davor die Seiten nicht. Nicht zusammen mit offset. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createActor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteActor: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: number;
                /** @description Kooperationen und Angebote des Akteurs mitlöschen. */
                cascade?: boolean;
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    historyActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
                /** @description ID des Eintrags. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    analysisActors: {
        parameters: {
            query?: {
                /** @description true: das gerichtete Netz auswerten (gerichtete Kooperationen nur in ihrer Richtung); sonst das gegenseitige Netz. */
                directed?: boolean;
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Die Tabellen als Datei statt JSON, mit deutschen Spaltennamen und Bezeichnungen: xlsx mit einem Blatt je Tabelle, csv (für deutsches Excel) mit der ersten. */
                format?: "csv" | "xlsx";
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON oder, mit format, die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisChanges: {
        parameters: {
            query?: {
                /** @description Ausgangsstand: Erhebungswelle (ID oder Schlüssel) oder Stichtag (JJJJ-MM-TT); ohne Angabe die Welle vor dem Stand to. */
                from?: string;
                /** @description Vergleichsstand wie from; ohne Angabe heute. */
                to?: string;
                /** @description Höchstzahl der Einträge je Liste (neue, weggefallene und veränderte Kooperationen, neue und nicht mehr vertretene Akteure); die Zahl aller Einträge steht in new_count usw., die weiteren liefern /analysis/changes/ties und /analysis/changes/actors. */
                limit?: number;
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisChangedActors: {
        parameters: {
            query?: {
                /** @description Ausgangsstand: Erhebungswelle (ID oder Schlüssel) oder Stichtag (JJJJ-MM-TT); ohne Angabe die Welle vor dem Stand to. */
                from?: string;
                /** @description Vergleichsstand wie from; ohne Angabe heute. */
                to?: string;
                /** @description Welche Liste. */
                list?: "gone" | "new";
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Seitengröße. */
                limit?: number;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorChangePage"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisChangedTies: {
        parameters: {
            query?: {
                /** @description Ausgangsstand: Erhebungswelle (ID oder Schlüssel) oder Stichtag (JJJJ-MM-TT); ohne Angabe die Welle vor dem Stand to. */
                from?: string;
                /** @description Vergleichsstand wie from; ohne Angabe heute. */
                to?: string;
                /** @description Welche Liste. */
                list?: "changed" | "lapsed" | "new";
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Seitengröße. */
                limit?: number;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TiePage"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisCommunities: {
        parameters: {
            query?: {
                /** @description Verfahren für die Kooperationsgruppen: louvain oder leiden (jede Gruppe in sich zusammenhängend). */
                algorithm?: "louvain" | "leiden";
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityReport"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisCouplingMatrix: {
        parameters: {
            query?: {
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Die Tabellen als Datei statt JSON, mit deutschen Spaltennamen und Bezeichnungen: xlsx mit einem Blatt je Tabelle, csv (für deutsches Excel) mit der ersten. */
                format?: "csv" | "xlsx";
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON oder, mit format, die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouplingReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisCouplingPotentials: {
        parameters: {
            query?: {
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: string;
                /** @description ID eines Akteurs (bei Kooperationen: eines der beiden Enden). */
                actor_id?: string;
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: string;
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Die Tabellen als Datei statt JSON, mit deutschen Spaltennamen und Bezeichnungen: xlsx mit einem Blatt je Tabelle, csv (für deutsches Excel) mit der ersten. */
                format?: "csv" | "xlsx";
                /** @description Mit social_space: auch Akteure zählen, die den ganzen Landkreis bedienen (sonst nur die, die im Sozialraum selbst tätig sind). */
                county_wide?: boolean;
                /** @description Höchstzahl der Paare. */
                limit?: number;
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON oder, mit format, die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PotentialReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Definition"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisGaps: {
        parameters: {
            query?: {
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Die Tabellen als Datei statt JSON, mit deutschen Spaltennamen und Bezeichnungen: xlsx mit einem Blatt je Tabelle, csv (für deutsches Excel) mit der ersten. */
                format?: "csv" | "xlsx";
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON oder, mit format, die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisMeasures: {
        parameters: {
            query?: {
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureEvaluations"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisNetwork: {
        parameters: {
            query?: {
                /** @description true: das gerichtete Netz auswerten (gerichtete Kooperationen nur in ihrer Richtung); sonst das gegenseitige Netz. */
                directed?: boolean;
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkReport"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisResilience: {
        parameters: {
            query?: {
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Die Tabellen als Datei statt JSON, mit deutschen Spaltennamen und Bezeichnungen: xlsx mit einem Blatt je Tabelle, csv (für deutsches Excel) mit der ersten. */
                format?: "csv" | "xlsx";
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON oder, mit format, die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResilienceReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisSocialSpaces: {
        parameters: {
            query?: {
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Die Tabellen als Datei statt JSON, mit deutschen Spaltennamen und Bezeichnungen: xlsx mit einem Blatt je Tabelle, csv (für deutsches Excel) mit der ersten. */
                format?: "csv" | "xlsx";
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON oder, mit format, die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisStates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatesResponse"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    analysisWhatIf: {
        parameters: {
            query?: {
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIfReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    listWhatIfScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createWhatIfScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScenarioRequestInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedScenario"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    getWhatIfScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedScenario"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteWhatIfScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erledigt; die Antwort hat keinen Inhalt. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description Nur Einträge ab diesem Zeitpunkt (RFC 3339) oder Tag (JJJJ-MM-TT, ab 0 Uhr UTC). */
                since?: string;
                /** @description Nur Einträge vor diesem Zeitpunkt (RFC 3339) oder bis einschließlich diesem Tag (JJJJ-MM-TT); nach since. */
                until?: string;
                /** @description Nur diese Aktion. */
                action?: "export" | "report" | "audit_export" | "token_created" | "token_revoked" | "sign_in" | "sign_in_failed" | "role_changed" | "history_purged" | "provider_link" | "provider_link_mailed";
                /** @description next_cursor einer früheren Antwort. */
                cursor?: string;
                /** @description Seitengröße. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    exportAudit: {
        parameters: {
            query?: {
                /** @description Nur Einträge ab diesem Zeitpunkt (RFC 3339) oder Tag (JJJJ-MM-TT, ab 0 Uhr UTC). */
                since?: string;
                /** @description Nur Einträge vor diesem Zeitpunkt (RFC 3339) oder bis einschließlich diesem Tag (JJJJ-MM-TT); nach since. */
                until?: string;
                /** @description Nur diese Aktion. */
                action?: "export" | "report" | "audit_export" | "token_created" | "token_revoked" | "sign_in" | "sign_in_failed" | "role_changed" | "history_purged" | "provider_link" | "provider_link_mailed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcStatus"];
                };
            };
        };
    };
    finishSingleSignOn: {
        parameters: {
            query?: {
                /** @description Der Code des Anmeldedienstes. */
                code?: string;
                /** @description Der state der begonnenen Anmeldung. */
                state?: string;
                /** @description Fehlercode des Anmeldedienstes, wenn er die Anmeldung abgelehnt hat. */
                error?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Weiterleitung (Location). */
            303: {
                headers: {
                    /** @description Wohin der Browser weitergeleitet wird. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    signOutSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Weiterleitung (Location). */
            303: {
                headers: {
                    /** @description Wohin der Browser weitergeleitet wird. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    startSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Weiterleitung (Location). */
            303: {
                headers: {
                    /** @description Wohin der Browser weitergeleitet wird. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    batch: {
        parameters: {
            query?: {
                /** @description Nur prüfen und berichten, nichts schreiben. */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    revertBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description batch_id aus der Antwort des Imports. */
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevertResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listCooperation: {
        parameters: {
            query?: {
                /** @description ID eines Akteurs (bei Kooperationen: eines der beiden Enden). */
                actor_id?: string;
                /** @description ID einer Erhebungswelle. */
                wave_id?: string;
                /** @description Code einer Kooperationsart der Taxonomie. */
                cooperation_kind?: string;
                /** @description Mindestintensität einer Kooperation. */
                min_intensity?: number;
                /** @description Wer die Kooperation gemeldet hat: both (beide Seiten), from, to, other (Dritte) oder one_side (nur eine der beiden Seiten, from oder to). */
                reported_by?: "both" | "from" | "to" | "other" | "one_side";
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description Seitengröße. */
                limit?: number;
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Die Seite beginnt nach dem Eintrag, den dieser Cursor nennt: next_cursor der vorigen Seite, unverändert. Anders als offset verschieben neue oder gelöschte Einträge davor die Seiten nicht. Nicht zusammen mit offset. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createCooperation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cooperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getCooperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cooperation"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateCooperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cooperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteCooperation: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: number;
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    historyCooperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreCooperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
                /** @description ID des Eintrags. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cooperation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    confirmDirectoryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    outdatedDirectoryEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutdatedList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    createProviderLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderLinkRequest"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listDirectoryReports: {
        parameters: {
            query?: {
                /** @description open: offene Meldungen, decided: entschiedene. */
                status?: "open" | "decided";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    decideDirectoryReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitorReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    export: {
        parameters: {
            query?: {
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: string;
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: string;
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: string;
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Code einer Akteursart der Taxonomie. */
                actor_kind?: string;
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description ID einer Erhebungswelle. */
                wave_id?: string;
                /** @description Code einer Kooperationsart der Taxonomie. */
                cooperation_kind?: string;
                /** @description Mindestintensität einer Kooperation. */
                min_intensity?: number;
                /** @description Wer die Kooperation gemeldet hat: both (beide Seiten), from, to, other (Dritte) oder one_side (nur eine der beiden Seiten, from oder to). */
                reported_by?: "both" | "from" | "to" | "other" | "one_side";
                /** @description Nur bei csv: welche Einträge die Datei enthält (Standard: Akteure). */
                kind?: "actor" | "cooperation" | "social_space" | "offer" | "need" | "wave" | "measure";
                /** @description Kennzahlen des ganzen Netzes anfügen (xlsx, gexf, graphml; Rolle analyst). */
                metrics?: boolean;
                /** @description true: das gerichtete Netz auswerten (gerichtete Kooperationen nur in ihrer Richtung); sonst das gegenseitige Netz. */
                directed?: boolean;
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: never;
            path: {
                /** @description Exportformat. */
                format: "csv" | "xlsx" | "graphml" | "gexf" | "json" | "geojson";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": Record<string, never>;
                    "application/gexf+xml": string;
                    "application/graphml+xml": string;
                    "application/json": Record<string, never>;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    importFiles: {
        parameters: {
            query?: {
                /** @description Nur prüfen und berichten, nichts schreiben. */
                dry_run?: boolean;
                /** @description Format aller Dateien statt der Erkennung an Endung und Inhalt. Auch als Formularfeld format möglich. */
                format?: "csv" | "xlsx" | "graphml" | "gexf" | "json" | "geojson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description Das dry_run_token des Probelaufs; weicht es von dem der gesendeten Dateien ab (geänderte Datei, Zuordnung oder Format), antwortet der Import mit 409. */
                    dry_run_token?: string;
                    /** @description Eine oder mehrere Dateien, jede als Teil file. */
                    file: string[];
                    /**
                     * @description Wie der Parameter format; beide müssen übereinstimmen.
                     * @enum {string}
                     */
                    format?: "csv" | "xlsx" | "graphml" | "gexf" | "json" | "geojson";
                    /** @description Zuordnung fremder Spalten und Werte als JSON-Objekt. */
                    mapping?: string;
                };
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ImportRefused"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    importFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetFields"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    importFormats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Format"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    importTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMeasure: {
        parameters: {
            query?: {
                /** @description ID eines Akteurs (bei Kooperationen: eines der beiden Enden). */
                actor_id?: string;
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description Seitengröße. */
                limit?: number;
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Die Seite beginnt nach dem Eintrag, den dieser Cursor nennt: next_cursor der vorigen Seite, unverändert. Anders als offset verschieben neue oder gelöschte Einträge davor die Seiten nicht. Nicht zusammen mit offset. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateMeasure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteMeasure: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: number;
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    measureEvaluation: {
        parameters: {
            query?: {
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    historyMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
                /** @description ID des Eintrags. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listNeed: {
        parameters: {
            query?: {
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: string;
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: string;
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Seitengröße. */
                limit?: number;
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Die Seite beginnt nach dem Eintrag, den dieser Cursor nennt: next_cursor der vorigen Seite, unverändert. Anders als offset verschieben neue oder gelöschte Einträge davor die Seiten nicht. Nicht zusammen mit offset. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createNeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NeedInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getNeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateNeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NeedInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteNeed: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: number;
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    historyNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
                /** @description ID des Eintrags. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    network: {
        parameters: {
            query?: {
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: string;
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: string;
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: string;
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Code einer Akteursart der Taxonomie. */
                actor_kind?: string;
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description ID einer Erhebungswelle. */
                wave_id?: string;
                /** @description Code einer Kooperationsart der Taxonomie. */
                cooperation_kind?: string;
                /** @description Mindestintensität einer Kooperation. */
                min_intensity?: number;
                /** @description Wer die Kooperation gemeldet hat: both (beide Seiten), from, to, other (Dritte) oder one_side (nur eine der beiden Seiten, from oder to). */
                reported_by?: "both" | "from" | "to" | "other" | "one_side";
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkResponse"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    networkAggregate: {
        parameters: {
            query?: {
                /** @description Zusammenfassen nach Sozialraum (die Einheiten unter dem Landkreis) oder nach Gemeinschaft (Louvain). */
                by?: "social_space" | "community";
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: string;
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: string;
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: string;
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Code einer Akteursart der Taxonomie. */
                actor_kind?: string;
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description ID einer Erhebungswelle. */
                wave_id?: string;
                /** @description Code einer Kooperationsart der Taxonomie. */
                cooperation_kind?: string;
                /** @description Mindestintensität einer Kooperation. */
                min_intensity?: number;
                /** @description Wer die Kooperation gemeldet hat: both (beide Seiten), from, to, other (Dritte) oder one_side (nur eine der beiden Seiten, from oder to). */
                reported_by?: "both" | "from" | "to" | "other" | "one_side";
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overview"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    networkGroup: {
        parameters: {
            query?: {
                /** @description Zusammenfassen nach Sozialraum (die Einheiten unter dem Landkreis) oder nach Gemeinschaft (Louvain). */
                by?: "social_space" | "community";
                /** @description ID der Gruppe aus groups[].id der Zusammenfassung; leer für die Akteure ohne Sozialraum bzw. Gemeinschaft. */
                group?: string;
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: string;
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: string;
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: string;
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Code einer Akteursart der Taxonomie. */
                actor_kind?: string;
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description ID einer Erhebungswelle. */
                wave_id?: string;
                /** @description Code einer Kooperationsart der Taxonomie. */
                cooperation_kind?: string;
                /** @description Mindestintensität einer Kooperation. */
                min_intensity?: number;
                /** @description Wer die Kooperation gemeldet hat: both (beide Seiten), from, to, other (Dritte) oder one_side (nur eine der beiden Seiten, from oder to). */
                reported_by?: "both" | "from" | "to" | "other" | "one_side";
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkResponse"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    listOffer: {
        parameters: {
            query?: {
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: string;
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: string;
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: string;
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description ID eines Akteurs (bei Kooperationen: eines der beiden Enden). */
                actor_id?: string;
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description Seitengröße. */
                limit?: number;
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Die Seite beginnt nach dem Eintrag, den dieser Cursor nennt: next_cursor der vorigen Seite, unverändert. Anders als offset verschieben neue oder gelöschte Einträge davor die Seiten nicht. Nicht zusammen mit offset. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createOffer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteOffer: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: number;
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    historyOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
                /** @description ID des Eintrags. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotRequest"];
            };
        };
        responses: {
            /** @description Erfolg. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForgotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetRequest"];
            };
        };
        responses: {
            /** @description Erledigt; die Antwort hat keinen Inhalt. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    quality: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    classify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassifyRequest"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    spaceProfile: {
        parameters: {
            query?: {
                /** @description Stand einer Erhebungswelle (ID oder externer Schlüssel); nicht zusammen mit date. Ohne wave und date gilt der Stand heute. */
                wave?: string;
                /** @description Stand an einem Stichtag (JJJJ-MM-TT): die letzte Erhebungswelle bis dahin und die an diesem Tag gültigen Kooperationen; nicht zusammen mit wave. */
                date?: string;
                /** @description html (Standard), pdf (getaggtes PDF für A4) oder docx (Word-Dokument zum Bearbeiten, ohne Diagramme). */
                format?: "html" | "pdf" | "docx";
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    steeringReport: {
        parameters: {
            query?: {
                /** @description Ausgangsstand (T1): Erhebungswelle (ID oder Schlüssel) oder Stichtag (JJJJ-MM-TT); ohne Angabe die Welle vor dem Stand to. */
                from?: string;
                /** @description Vergleichsstand (T2) wie from; ohne Angabe heute. */
                to?: string;
                /** @description Nur diesen Sozialraum (ID) betrachten; der Bericht enthält dann sein Sozialraumprofil. */
                social_space?: string;
                /** @description html (Standard), pdf (getaggtes PDF für A4) oder docx (Word-Dokument zum Bearbeiten, ohne Diagramme). */
                format?: "html" | "pdf" | "docx";
                /** @description Geschützte Akteure (Standard: Selbsthilfegruppen) pseudonymisieren: stabiles Pseudonym statt Name, ohne Kontaktdaten und Freitext; Gruppenzahlen unter k (Standard 5) werden unterdrückt. Für die Rolle viewer gilt es immer, wenn die Installation es so einstellt. */
                pseudonymize?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    respondView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RespondentView"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
        };
    };
    respondSave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRequestInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Saved"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
        };
    };
    respondRoster: {
        parameters: {
            query?: {
                /** @description Suchtext; findet Wortanfänge und Teile des Namens, auch mit einem Tippfehler. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
        };
    };
    respondSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRequestInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Saved"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSavedViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    saveView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ViewRequestInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description key aus der Liste der Ansichten. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erledigt; die Antwort hat keinen Inhalt. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyImports"];
            503: components["responses"]["Unavailable"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erledigt; die Antwort hat keinen Inhalt. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    listSocialSpace: {
        parameters: {
            query?: {
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: string;
                /** @description Code einer Gebietsebene der Taxonomie. */
                level?: string;
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description Seitengröße. */
                limit?: number;
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Die Seite beginnt nach dem Eintrag, den dieser Cursor nennt: next_cursor der vorigen Seite, unverändert. Anders als offset verschieben neue oder gelöschte Einträge davor die Seiten nicht. Nicht zusammen mit offset. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialSpacePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createSocialSpace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialSpaceInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialSpace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getSocialSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialSpace"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateSocialSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialSpaceInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialSpace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteSocialSpace: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: number;
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    historySocialSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreSocialSpace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
                /** @description ID des Eintrags. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialSpace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteSurvey: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: number;
            };
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erledigt; die Antwort hat keinen Inhalt. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    surveyDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    decideSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionsInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    issueSurveyLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description Die Datei. */
            200: {
                headers: {
                    /** @description attachment; filename="netzwerkatlas-…-JJJJ-MM-TT.<Endung>" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    revokeSurveyLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listSurveyMailings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mailing"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    sendSurveyMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailRequest"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mailing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    surveyTakeover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeoverResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    revertSurveyTakeover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevertResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getTaxonomy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Taxonomy"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    setTaxonomy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxonomyInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Taxonomy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequestInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erledigt; die Antwort hat keinen Inhalt. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRequest"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdateInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erledigt; die Antwort hat keinen Inhalt. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    createResetLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetLinkResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listWave: {
        parameters: {
            query?: {
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: string;
                /** @description Seitengröße. */
                limit?: number;
                /** @description Anzahl zu überspringender Einträge. */
                offset?: number;
                /** @description Die Seite beginnt nach dem Eintrag, den dieser Cursor nennt: next_cursor der vorigen Seite, unverändert. Anders als offset verschieben neue oder gelöschte Einträge davor die Seiten nicht. Nicht zusammen mit offset. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WavePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["Unavailable"];
        };
    };
    createWave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaveInput"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Adresse der neuen Ressource. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wave"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getWave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wave"];
                };
            };
            /** @description Nicht geändert: das Entity-Tag in If-None-Match ist aktuell. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateWave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaveInput"];
            };
        };
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wave"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
            428: components["responses"]["PreconditionRequired"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    deleteWave: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: number;
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: string;
            };
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    historyWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    restoreWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: string;
                /** @description ID des Eintrags. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wave"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Invalid"];
            503: components["responses"]["Unavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erfolg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
}
