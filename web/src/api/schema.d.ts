// Generated from api/openapi.json by `npm run gen:api` (openapi-typescript); do not edit.

export interface paths {
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
        /**
         * Akteur ersetzen
         * @description Ersetzt den Eintrag vollständig. Die zuletzt gelesene Version steht im Feld version oder im Kopf If-Match; ist sie veraltet, antwortet der Dienst mit 409.
         */
        put: operations["updateActor"];
        post?: never;
        /**
         * Akteur löschen
         * @description Mit cascade=true werden die Kooperationen und Angebote des Akteurs mitgelöscht; die Antwort zählt sie.
         */
        delete: operations["deleteActor"];
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
        /**
         * Kooperation ersetzen
         * @description Ersetzt den Eintrag vollständig. Die zuletzt gelesene Version steht im Feld version oder im Kopf If-Match; ist sie veraltet, antwortet der Dienst mit 409.
         */
        put: operations["updateCooperation"];
        post?: never;
        /**
         * Kooperation löschen
         * @description Wird der Eintrag noch verwendet, antwortet der Dienst mit 409.
         */
        delete: operations["deleteCooperation"];
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
        /**
         * Sozialraum ersetzen
         * @description Ersetzt den Eintrag vollständig. Die zuletzt gelesene Version steht im Feld version oder im Kopf If-Match; ist sie veraltet, antwortet der Dienst mit 409.
         */
        put: operations["updateSocialSpace"];
        post?: never;
        /**
         * Sozialraum löschen
         * @description Wird der Eintrag noch verwendet, antwortet der Dienst mit 409.
         */
        delete: operations["deleteSocialSpace"];
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
        /**
         * Angebot ersetzen
         * @description Ersetzt den Eintrag vollständig. Die zuletzt gelesene Version steht im Feld version oder im Kopf If-Match; ist sie veraltet, antwortet der Dienst mit 409.
         */
        put: operations["updateOffer"];
        post?: never;
        /**
         * Angebot löschen
         * @description Wird der Eintrag noch verwendet, antwortet der Dienst mit 409.
         */
        delete: operations["deleteOffer"];
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
        /**
         * Bedarf ersetzen
         * @description Ersetzt den Eintrag vollständig. Die zuletzt gelesene Version steht im Feld version oder im Kopf If-Match; ist sie veraltet, antwortet der Dienst mit 409.
         */
        put: operations["updateNeed"];
        post?: never;
        /**
         * Bedarf löschen
         * @description Wird der Eintrag noch verwendet, antwortet der Dienst mit 409.
         */
        delete: operations["deleteNeed"];
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
        /**
         * Erhebungswelle ersetzen
         * @description Ersetzt den Eintrag vollständig. Die zuletzt gelesene Version steht im Feld version oder im Kopf If-Match; ist sie veraltet, antwortet der Dienst mit 409.
         */
        put: operations["updateWave"];
        post?: never;
        /**
         * Erhebungswelle löschen
         * @description Wird der Eintrag noch verwendet, antwortet der Dienst mit 409.
         */
        delete: operations["deleteWave"];
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
        /**
         * Netzwerk für die Darstellung
         * @description Akteure als Knoten und Kooperationen als Kanten. Akteursfilter wählen Knoten; Kooperationsfilter wählen Kanten; eine Kante bleibt nur, wenn beide Enden bleiben.
         */
        get: operations["network"];
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
         * @description Schreibt alles oder nichts; Einträge werden über external_key zugeordnet und angelegt oder aktualisiert. Mit dry_run=true wird nur berichtet. Größenlimit: 32 MiB.
         */
        post: operations["batch"];
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
         * @description Liest CSV, XLSX, GraphML, GEXF, JSON oder GeoJSON (mehrere Dateien, z. B. je eine CSV-Datei für Akteure und Kooperationen) und schreibt alles oder nichts; Einträge werden über ihren Schlüssel zugeordnet, ein zweiter Import derselben Datei ändert nichts. Mit dry_run=true wird nur berichtet. Enthält der Bericht Fehler, wird nichts geschrieben (422). Größenlimit: 50 MiB für alle Dateien zusammen (einstellbar).
         */
        post: operations["importFiles"];
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
        /**
         * Importvorlage (XLSX)
         * @description Arbeitsmappe mit einem Blatt je Art, deutschen Spaltenköpfen, Auswahllisten der Taxonomie-Codes dieser Installation und einem Hilfeblatt.
         */
        get: operations["importTemplate"];
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
        /**
         * Unterstützte Dateiformate
         * @description Name, deutsche Bezeichnung, Dateiendungen, Inhaltstyp und ob das Format importiert und exportiert werden kann.
         */
        get: operations["importFormats"];
        put?: never;
        post?: never;
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
         * @description Das Netzwerk als Datei: csv (eine Art, für deutsches Excel), xlsx (alle Arten, wieder importierbar), graphml und gexf (für yEd, Gephi, networkx), json (vollständige Sicherung) oder geojson (Sozialräume mit Grenzen). Dieselben Filter wie die Netzwerkansicht: Akteursfilter wählen Akteure, es bleiben nur Kooperationen (die die Kooperationsfilter wählen) und Angebote unter ihnen. Zellen, die eine Tabellenkalkulation als Formel ausführen würde, werden mit ' entschärft.
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
    "/api/v1/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Taxonomie lesen */
        get: operations["getTaxonomy"];
        /**
         * Taxonomie ersetzen
         * @description Die zuletzt gelesene Version steht im Feld version oder im Kopf If-Match. Codes, die noch verwendet werden, können nicht entfernt werden (409).
         */
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
        /**
         * API-Token anlegen
         * @description Das Geheimnis steht nur in dieser Antwort; gespeichert wird nur sein Hash.
         */
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
    "/api/v1/analysis/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kennzahlen je Akteur
         * @description Grad, Stärke, Betweenness, Closeness, Harmonic, PageRank, Eigenvektor, Burts Constraint, effektive Größe, Effizienz, Hierarchie, k-Kern, Clustering, Brokerage-Rollen nach Gould und Fernandez, Schnittpunkte und Brücken. Konventionen wie networkx; oberhalb einer Größe wird Betweenness geschätzt (approximate). Mit format=csv oder format=xlsx die Kennzahlentabelle (deutsche Spaltenköpfe, Blatt „Kennzahlen“) als Datei.
         */
        get: operations["analysisActors"];
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
        /**
         * Netzwerk- und Gruppenkennzahlen
         * @description Dichte, Reziprozität, Komponenten, Durchmesser und mittlere Distanz, Freeman-Zentralisierung, Assortativität, Modularität, E-I-Index und Dichten nach Gruppen.
         */
        get: operations["analysisNetwork"];
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
        /**
         * Gemeinschaften
         * @description Louvain-Gemeinschaften des gegenseitigen Netzes mit festem Startwert und ihre Modularität.
         */
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
         * @description Rechtskreis × Rechtskreis, Akteursart × Akteursart und Rechtskreis × Rechtskreis je Sozialraum: beobachtete Kooperationen, mögliche Paare, Dichte, bei zufälliger Verteilung erwartete Kooperationen und Verhältnis; kaum gekoppelte Paare markiert (weak) und auf Deutsch erklärt (notes).
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
        /**
         * Kopplungspotenziale
         * @description Paare von Akteuren verschiedener Rechtskreise ohne Kooperation, nach Punktwert geordnet: gemeinsame Partner (Adamic–Adar), gemeinsame Sozialräume, Zielgruppen, Handlungsfelder und ergänzende Angebote, mit Gründen auf Deutsch. Unbekannte Filterwerte sind 400-Fehler mit dem Parameternamen.
         */
        get: operations["analysisCouplingPotentials"];
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
        /**
         * Angebotslücken
         * @description Sozialraum × Handlungsfeld (× Zielgruppe): Angebote, Plätze, je 1.000 Einwohner, gegen die Bedarfe; Lücken (under_need, no_offer, poorly_connected) mit Schweregrad und Erklärung auf Deutsch.
         */
        get: operations["analysisGaps"];
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
        /**
         * Kennzahlen je Sozialraum
         * @description Netzwerkkennzahlen der Akteure, die einen Sozialraum versorgen, nebeneinander für alle Sozialräume.
         */
        get: operations["analysisSocialSpaces"];
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
        /**
         * Ausfallanalyse
         * @description Für jeden Akteur: Teilnetze, erreichbare Akteurspaare und wegfallende rechtskreisübergreifende Kooperationen bei seinem Ausfall; die kritischsten zuerst.
         */
        get: operations["analysisResilience"];
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
         * @description Kopplungsmatrix und Ausfallanalyse neu berechnet mit vorgeschlagenen Kooperationen (add) und ohne die genannten Akteure (remove), im Vergleich zum Bestand. Schreibt nichts. Ungültige Vorschläge sind 422-Fehler, die jedes Feld nennen (z. B. add[0].to); höchstens 200 Einträge je Liste, Anfragekörper höchstens 256 KiB.
         */
        post: operations["analysisWhatIf"];
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
        /**
         * Erklärung der Kennzahlen
         * @description Jede Kennzahl mit deutscher Bezeichnung, einfacher Erklärung und Referenzkonvention.
         */
        get: operations["analysisDefinitions"];
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
        /** @description Problemdetails nach RFC 9457, mit deutschem Titel und deutscher Beschreibung. */
        Problem: {
            /** @description urn:netzwerkatlas:problem: und ein Kürzel, z. B. invalid, not-found, malformed-json. */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            request_id?: string;
            errors?: components["schemas"]["FieldError"][];
            /** @description Nur bei type urn:netzwerkatlas:problem:import-refused: der Bericht des abgelehnten Imports (counts ist null). */
            report?: components["schemas"]["ImportReport"];
        };
        FieldError: {
            /** @description Pfad des Felds im JSON (z. B. actors[3].name), Name des Parameters oder Kopfs. */
            field: string;
            message: string;
        };
        Status: {
            status: string;
            version?: string;
        };
        Me: {
            token_id?: string;
            name: string;
            role: components["schemas"]["Role"];
            anonymous: boolean;
        };
        /**
         * @description Rollen, aufsteigend; jede umfasst die niedrigeren.
         * @enum {string}
         */
        Role: "viewer" | "analyst" | "editor" | "admin";
        Page: {
            items: unknown[];
            /** @description Anzahl aller passenden Einträge. */
            total: number;
            limit: number;
            offset: number;
        };
        Meta: {
            /** @description Stabile ID; beim Anlegen optional (1–64 Zeichen aus Buchstaben, Ziffern und _ . : -). */
            id: string;
            /** @description Schlüssel in einem Fremdsystem; je Art eindeutig. */
            external_key?: string;
            /** @description Beginnt bei 1 und steigt mit jeder Änderung. */
            version: number;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        Address: {
            street?: string;
            postal_code?: string;
            city?: string;
        };
        GeoPoint: {
            lat: number;
            lon: number;
        };
        /** @description Akteur: eine Organisation oder Einheit im Netzwerk. */
        Actor: components["schemas"]["Meta"] & {
            name: string;
            short_name?: string;
            /** @description Code einer Akteursart. */
            kind: string;
            legal_domains: string[];
            fields?: string[];
            target_groups?: string[];
            social_spaces?: string[];
            address?: components["schemas"]["Address"];
            location?: components["schemas"]["GeoPoint"];
            website?: string;
            email?: string;
            phone?: string;
            description?: string;
            attributes?: {
                [key: string]: string;
            };
        };
        /** @description Kooperation zwischen zwei Akteuren. */
        Cooperation: components["schemas"]["Meta"] & {
            from: string;
            to: string;
            directed?: boolean;
            kinds: string[];
            intensity: number;
            trust?: number;
            value?: number;
            /** @enum {string} */
            reported_by?: "" | "from" | "to" | "both" | "other";
            /** Format: date */
            valid_from?: string;
            /** Format: date */
            valid_until?: string;
            wave_id?: string;
            source?: string;
            note?: string;
        };
        Indicator: {
            year: number;
            code: string;
            value: number;
        };
        /** @description Sozialraum oder andere Gebietseinheit. */
        SocialSpace: components["schemas"]["Meta"] & {
            name: string;
            level: string;
            parent_id?: string;
            /** @description GeoJSON-Polygon oder -MultiPolygon. */
            boundary?: Record<string, never>;
            indicators?: components["schemas"]["Indicator"][];
        };
        /** @description Angebot eines Akteurs. */
        Offer: components["schemas"]["Meta"] & {
            actor_id: string;
            name: string;
            description?: string;
            fields: string[];
            target_groups?: string[];
            social_spaces?: string[];
            legal_domains?: string[];
            legal_basis?: string;
            capacity?: number;
            barrier_free?: boolean;
            low_threshold?: boolean;
            counselling?: boolean;
        };
        /** @description Bedarf: Zielwert für Sozialraum × Handlungsfeld. */
        Need: components["schemas"]["Meta"] & {
            social_space_id: string;
            field: string;
            target_group?: string;
            /** @enum {string} */
            measure: "offers" | "offers_per_1000" | "places_per_1000";
            target: number;
            year?: number;
            note?: string;
        };
        /** @description Erhebungswelle. */
        Wave: components["schemas"]["Meta"] & {
            name: string;
            /** Format: date */
            date: string;
            description?: string;
        };
        DeleteResult: {
            kind: string;
            id: string;
            /** @description Mitgelöschte Einträge je Art. */
            also_deleted: {
                [key: string]: number;
            };
        };
        Term: {
            code: string;
            label: string;
            description?: string;
            directed?: boolean;
        };
        Taxonomy: {
            legal_domains: components["schemas"]["Term"][];
            fields: components["schemas"]["Term"][];
            target_groups: components["schemas"]["Term"][];
            actor_kinds: components["schemas"]["Term"][];
            cooperation_kinds: components["schemas"]["Term"][];
            space_levels: components["schemas"]["Term"][];
            indicators: components["schemas"]["Term"][];
            version: number;
        };
        Network: {
            revision: number;
            nodes: components["schemas"]["NetworkNode"][];
            edges: components["schemas"]["NetworkEdge"][];
        };
        NetworkNode: {
            id: string;
            name: string;
            short_name?: string;
            kind: string;
            legal_domains: string[];
            fields: string[];
            target_groups: string[];
            social_spaces: string[];
            location?: components["schemas"]["GeoPoint"];
            attributes?: {
                [key: string]: string;
            };
        };
        NetworkEdge: {
            id: string;
            source: string;
            target: string;
            directed: boolean;
            kinds: string[];
            intensity: number;
            trust?: number;
            value?: number;
            reported_by?: string;
            wave_id?: string;
        };
        /** @description Jeder Eintrag braucht external_key; Verweise nennen den externen Schlüssel (oder die ID) des Ziels. */
        Batch: {
            social_spaces?: components["schemas"]["SocialSpace"][];
            waves?: components["schemas"]["Wave"][];
            actors?: components["schemas"]["Actor"][];
            offers?: components["schemas"]["Offer"][];
            needs?: components["schemas"]["Need"][];
            cooperations?: components["schemas"]["Cooperation"][];
        };
        BatchCount: {
            created: number;
            updated: number;
            unchanged: number;
        };
        BatchResult: {
            revision: number;
            dry_run: boolean;
            counts: {
                [key: string]: components["schemas"]["BatchCount"];
            };
        };
        Token: {
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            readonly created_at: string;
        };
        TokenRequest: {
            name: string;
            role: components["schemas"]["Role"];
        };
        CreatedToken: {
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            /** Format: date-time */
            readonly created_at: string;
            /** @description Nur jetzt sichtbar; als Bearer-Token verwenden. */
            secret: string;
        };
        /** @description Kennzahlen je Akteur zur Revision; approximate sagt, ob Werte geschätzt sind. */
        ActorReport: {
            revision?: number;
            directed?: boolean;
            approximate?: boolean;
            betweenness_approximation?: {
                epsilon?: number;
                delta?: number;
                samples?: number;
                vertex_diameter?: number;
            };
            actors?: {
                id?: string;
                degree?: number;
                in_degree?: number;
                out_degree?: number;
                strength?: number | null;
                betweenness?: number | null;
                closeness?: number | null;
                harmonic?: number | null;
                pagerank?: number | null;
                eigenvector?: number | null;
                constraint?: number | null;
                effective_size?: number | null;
                efficiency?: number | null;
                hierarchy?: number | null;
                core_number?: number;
                clustering?: number | null;
                brokerage?: Record<string, never>;
                articulation_point?: boolean;
            }[];
            bridges?: string[][];
            notes?: string[];
        };
        /** @description Netzwerk- und Gruppenkennzahlen: Dichte, Reziprozität, Komponenten, Distanzen, Zentralisierung, Assortativität, Modularität, E-I-Index und Dichten nach Rechtskreis, Sozialraum und Akteursart. */
        NetworkReport: {
            revision?: number;
            directed?: boolean;
            approximate?: boolean;
            actors?: number;
            ties?: number;
            density?: number;
            reciprocity?: number;
            components?: number;
            largest_component?: number;
            distances?: Record<string, never>;
            degree_centralization?: number;
            betweenness_centralization?: number;
            assortativity?: number | null;
            modularity?: number;
            communities?: number;
            groups?: {
                [key: string]: Record<string, never>;
            };
        };
        /** @description Louvain-Gemeinschaften des gegenseitigen Netzes (fester Startwert) mit Modularität. */
        CommunityReport: {
            revision?: number;
            seed?: number;
            resolution?: number;
            modularity?: number;
            communities?: {
                id?: number;
                size?: number;
                members?: string[];
            }[];
        };
        Definitions: {
            code?: string;
            label?: string;
            explanation?: string;
            reference?: string;
        }[];
        /** @description Ein Fehler oder Hinweis mit Fundstelle. */
        ImportIssue: {
            /** @enum {string} */
            severity: "error" | "warning";
            /** @description Blatt der Arbeitsmappe, Name der CSV-Datei oder Knoten/Kanten. */
            sheet?: string;
            /** @description Zeile wie in der Tabellenkalkulation (Kopfzeile = 1) oder Position von Knoten, Kante, Feature. */
            row?: number;
            /** @description Spaltenkopf oder Attributname wie in der Datei. */
            column?: string;
            /** @description ID des Knotens, der Kante oder des Features. */
            element?: string;
            /** @description Pfad des Felds im Batch, z. B. actors[3].legal_domains. */
            field?: string;
            value?: string;
            /** @description Nächstliegender bekannter Code. */
            suggestion?: string;
            message: string;
            /** @description Fundstelle und Meldung, fertig zum Anzeigen. */
            text: string;
        };
        /** @description Bericht eines Imports oder Probelaufs. */
        ImportReport: {
            dry_run: boolean;
            /** @description Erkanntes Format, bei mehreren Dateien verschiedener Formate mit + verbunden. */
            format: string;
            /** @description Revision nach dem Import (beim Probelauf und bei Ablehnung die aktuelle). */
            revision: number;
            /** @description Gelesene Einträge je Art. */
            decoded: {
                [key: string]: number;
            };
            /** @description Je Art: angelegt, geändert, unverändert (oder im Probelauf: würde). null bei Ablehnung. */
            counts: {
                [key: string]: components["schemas"]["BatchCount"];
            } | null;
            /** @description Alle Fehler, auch die nicht in issues aufgeführten. */
            errors: number;
            warnings: number;
            issues: components["schemas"]["ImportIssue"][];
        };
        /** @description Zuordnung fremder Spalten und Werte (importers.Mapping). */
        ImportMapping: {
            /** @description Fremder Spaltenname → Feldname, z. B. {"Träger-Rechtskreis": "legal_domains"}; "-" übergeht die Spalte. */
            columns?: {
                [key: string]: string;
            };
            /** @description Je Taxonomieliste: fremder Wert → Code, z. B. {"legal_domains": {"SGB 9": "sgb9"}}. */
            values?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        Format: {
            name: string;
            /** @description Deutsche Bezeichnung für Menüs. */
            label: string;
            extensions: string[];
            content_type: string;
            /** @description Kann importiert werden. */
            decode: boolean;
            /** @description Kann exportiert werden. */
            encode: boolean;
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
        /** @description Kein oder ein unbekanntes API-Token. */
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
        /** @description Die Rolle des Tokens reicht nicht aus. */
        Forbidden: {
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
        /** @description Veraltete Version, vergebener Schlüssel oder der Eintrag wird noch verwendet. */
        Conflict: {
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
        /** @description Der Anfragekörper ist kein JSON. */
        UnsupportedMediaType: {
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
        /** @description Die zuletzt gelesene Version fehlt (Feld version oder Kopf If-Match). */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Der Speicher ist nicht erreichbar. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Die Dateien enthalten Fehler (beim Lesen oder bei der Prüfung durch den Speicher); nichts wurde geschrieben. type ist urn:netzwerkatlas:problem:import-refused, report enthält den Bericht mit Blatt, Zeile und Spalte jedes Fehlers. */
        ImportRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description ID des Eintrags. */
        id: string;
        /** @description Seitengröße. */
        limit: number;
        /** @description Anzahl zu überspringender Einträge. */
        offset: number;
        /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
        q: string;
        /** @description Code eines Rechtskreises der Taxonomie. */
        legal_domain: string;
        /** @description Code eines Handlungsfelds der Taxonomie. */
        field: string;
        /** @description Code einer Zielgruppe der Taxonomie. */
        target_group: string;
        /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
        social_space: string;
        /** @description Code einer Akteursart der Taxonomie. */
        actor_kind: string;
        /** @description ID eines Akteurs (bei Kooperationen: eines der beiden Enden). */
        actor_id: string;
        /** @description ID einer Erhebungswelle. */
        wave_id: string;
        /** @description Code einer Kooperationsart der Taxonomie. */
        cooperation_kind: string;
        /** @description Mindestintensität einer Kooperation. */
        min_intensity: number;
        /** @description Code einer Gebietsebene der Taxonomie. */
        level: string;
        /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
        version: number;
        /** @description Kooperationen und Angebote des Akteurs mitlöschen. */
        cascade: boolean;
        /** @description Nur prüfen und berichten, nichts schreiben. */
        dry_run: boolean;
        /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
        "If-Match": string;
        /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
        "If-None-Match": string;
        /** @description true: das gerichtete Netz auswerten (gerichtete Kooperationen nur in ihrer Richtung); sonst das gegenseitige Netz. */
        directed: boolean;
        /** @description Format aller Dateien statt der Erkennung an Endung und Inhalt: csv, xlsx, graphml, gexf, json oder geojson. Auch als Formularfeld format möglich. */
        import_format: "csv" | "xlsx" | "graphml" | "gexf" | "json" | "geojson";
        /** @description Exportformat. */
        export_format: "csv" | "xlsx" | "graphml" | "gexf" | "json" | "geojson";
        /** @description Nur für csv: welche Einträge die Datei enthält. */
        kind: "actor" | "cooperation" | "offer" | "social_space" | "need" | "wave";
        /** @description Kennzahlen des ganzen Netzes hinzufügen (Rolle analyst): in xlsx als Blatt „Kennzahlen“, in gexf und graphml als Knotenattribute. directed wählt die Sicht wie bei /api/v1/analysis/actors. */
        metrics: boolean;
        /** @description csv oder xlsx: die Kennzahlentabelle (deutsche Spaltenköpfe) als Datei statt JSON. */
        table_format: "csv" | "xlsx";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Der Prozess läuft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
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
            /** @description Der Dienst ist bereit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
                };
            };
            503: components["responses"]["Unavailable"];
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
            /** @description Das OpenAPI-Dokument. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
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
            /** @description Die anfragende Person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listActor: {
        parameters: {
            query?: {
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: components["parameters"]["legal_domain"];
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: components["parameters"]["field"];
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: components["parameters"]["target_group"];
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: components["parameters"]["social_space"];
                /** @description Code einer Akteursart der Taxonomie. */
                actor_kind?: components["parameters"]["actor_kind"];
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: components["parameters"]["q"];
                /** @description Seitengröße. */
                limit?: components["parameters"]["limit"];
                /** @description Anzahl zu überspringender Einträge. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eine Seite der passenden Einträge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: components["schemas"]["Actor"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                "application/json": components["schemas"]["Actor"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
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
        };
    };
    getActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Akteur. */
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
            /** @description Unverändert seit der Version in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Actor"];
            };
        };
        responses: {
            /** @description Gespeichert. */
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
        };
    };
    deleteActor: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: components["parameters"]["version"];
                /** @description Kooperationen und Angebote des Akteurs mitlöschen. */
                cascade?: components["parameters"]["cascade"];
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelöscht. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listCooperation: {
        parameters: {
            query?: {
                /** @description ID eines Akteurs (bei Kooperationen: eines der beiden Enden). */
                actor_id?: components["parameters"]["actor_id"];
                /** @description ID einer Erhebungswelle. */
                wave_id?: components["parameters"]["wave_id"];
                /** @description Code einer Kooperationsart der Taxonomie. */
                cooperation_kind?: components["parameters"]["cooperation_kind"];
                /** @description Mindestintensität einer Kooperation. */
                min_intensity?: components["parameters"]["min_intensity"];
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: components["parameters"]["q"];
                /** @description Seitengröße. */
                limit?: components["parameters"]["limit"];
                /** @description Anzahl zu überspringender Einträge. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eine Seite der passenden Einträge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: components["schemas"]["Cooperation"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                "application/json": components["schemas"]["Cooperation"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
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
        };
    };
    getCooperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kooperation. */
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
            /** @description Unverändert seit der Version in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCooperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Cooperation"];
            };
        };
        responses: {
            /** @description Gespeichert. */
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
        };
    };
    deleteCooperation: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: components["parameters"]["version"];
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelöscht. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listSocialSpace: {
        parameters: {
            query?: {
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: components["parameters"]["social_space"];
                /** @description Code einer Gebietsebene der Taxonomie. */
                level?: components["parameters"]["level"];
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: components["parameters"]["q"];
                /** @description Seitengröße. */
                limit?: components["parameters"]["limit"];
                /** @description Anzahl zu überspringender Einträge. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eine Seite der passenden Einträge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: components["schemas"]["SocialSpace"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                "application/json": components["schemas"]["SocialSpace"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
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
        };
    };
    getSocialSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sozialraum. */
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
            /** @description Unverändert seit der Version in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSocialSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialSpace"];
            };
        };
        responses: {
            /** @description Gespeichert. */
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
        };
    };
    deleteSocialSpace: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: components["parameters"]["version"];
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelöscht. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listOffer: {
        parameters: {
            query?: {
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: components["parameters"]["legal_domain"];
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: components["parameters"]["field"];
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: components["parameters"]["target_group"];
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: components["parameters"]["social_space"];
                /** @description ID eines Akteurs (bei Kooperationen: eines der beiden Enden). */
                actor_id?: components["parameters"]["actor_id"];
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: components["parameters"]["q"];
                /** @description Seitengröße. */
                limit?: components["parameters"]["limit"];
                /** @description Anzahl zu überspringender Einträge. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eine Seite der passenden Einträge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: components["schemas"]["Offer"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                "application/json": components["schemas"]["Offer"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
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
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Angebot. */
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
            /** @description Unverändert seit der Version in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Offer"];
            };
        };
        responses: {
            /** @description Gespeichert. */
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
        };
    };
    deleteOffer: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: components["parameters"]["version"];
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelöscht. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listNeed: {
        parameters: {
            query?: {
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: components["parameters"]["field"];
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: components["parameters"]["target_group"];
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: components["parameters"]["social_space"];
                /** @description Seitengröße. */
                limit?: components["parameters"]["limit"];
                /** @description Anzahl zu überspringender Einträge. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eine Seite der passenden Einträge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: components["schemas"]["Need"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                "application/json": components["schemas"]["Need"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
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
        };
    };
    getNeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bedarf. */
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
            /** @description Unverändert seit der Version in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateNeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Need"];
            };
        };
        responses: {
            /** @description Gespeichert. */
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
        };
    };
    deleteNeed: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: components["parameters"]["version"];
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelöscht. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listWave: {
        parameters: {
            query?: {
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: components["parameters"]["q"];
                /** @description Seitengröße. */
                limit?: components["parameters"]["limit"];
                /** @description Anzahl zu überspringender Einträge. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eine Seite der passenden Einträge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: components["schemas"]["Wave"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                "application/json": components["schemas"]["Wave"];
            };
        };
        responses: {
            /** @description Angelegt. */
            201: {
                headers: {
                    /** @description Version der Ressource als Entity-Tag, z. B. "3". */
                    ETag?: string;
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
        };
    };
    getWave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erhebungswelle. */
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
            /** @description Unverändert seit der Version in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateWave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Wave"];
            };
        };
        responses: {
            /** @description Gespeichert. */
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
        };
    };
    deleteWave: {
        parameters: {
            query?: {
                /** @description Erwartete Version; ist sie veraltet, antwortet der Dienst mit 409. */
                version?: components["parameters"]["version"];
            };
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Gelöscht. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    network: {
        parameters: {
            query?: {
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: components["parameters"]["legal_domain"];
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: components["parameters"]["field"];
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: components["parameters"]["target_group"];
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: components["parameters"]["social_space"];
                /** @description Code einer Akteursart der Taxonomie. */
                actor_kind?: components["parameters"]["actor_kind"];
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: components["parameters"]["q"];
                /** @description ID einer Erhebungswelle. */
                wave_id?: components["parameters"]["wave_id"];
                /** @description Code einer Kooperationsart der Taxonomie. */
                cooperation_kind?: components["parameters"]["cooperation_kind"];
                /** @description Mindestintensität einer Kooperation. */
                min_intensity?: components["parameters"]["min_intensity"];
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Netzwerk. */
            200: {
                headers: {
                    /** @description Revision als Entity-Tag. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Network"];
                };
            };
            /** @description Unverändert seit der Revision in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    batch: {
        parameters: {
            query?: {
                /** @description Nur prüfen und berichten, nichts schreiben. */
                dry_run?: components["parameters"]["dry_run"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Batch"];
            };
        };
        responses: {
            /** @description Was geschrieben wurde (oder würde). */
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
        };
    };
    importFiles: {
        parameters: {
            query?: {
                /** @description Nur prüfen und berichten, nichts schreiben. */
                dry_run?: components["parameters"]["dry_run"];
                /** @description Format aller Dateien statt der Erkennung an Endung und Inhalt: csv, xlsx, graphml, gexf, json oder geojson. Auch als Formularfeld format möglich. */
                format?: components["parameters"]["import_format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description Eine oder mehrere Dateien, jede als Teil file. */
                    file: string[];
                    /** @description Wie der Parameter format. */
                    format?: string;
                    /** @description Zuordnung fremder Spalten und Werte als JSON. */
                    mapping?: string;
                };
            };
        };
        responses: {
            /** @description Was geschrieben wurde (oder im Probelauf würde), mit allen Hinweisen. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ImportRefused"];
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
            /** @description netzwerkatlas-vorlage.xlsx */
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
    importFormats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Formate. */
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
        };
    };
    export: {
        parameters: {
            query?: {
                /** @description Nur für csv: welche Einträge die Datei enthält. */
                kind?: components["parameters"]["kind"];
                /** @description Kennzahlen des ganzen Netzes hinzufügen (Rolle analyst): in xlsx als Blatt „Kennzahlen“, in gexf und graphml als Knotenattribute. directed wählt die Sicht wie bei /api/v1/analysis/actors. */
                metrics?: components["parameters"]["metrics"];
                /** @description true: das gerichtete Netz auswerten (gerichtete Kooperationen nur in ihrer Richtung); sonst das gegenseitige Netz. */
                directed?: components["parameters"]["directed"];
                /** @description Code eines Rechtskreises der Taxonomie. */
                legal_domain?: components["parameters"]["legal_domain"];
                /** @description Code eines Handlungsfelds der Taxonomie. */
                field?: components["parameters"]["field"];
                /** @description Code einer Zielgruppe der Taxonomie. */
                target_group?: components["parameters"]["target_group"];
                /** @description ID eines Sozialraums; umfasst alle darin liegenden Sozialräume. */
                social_space?: components["parameters"]["social_space"];
                /** @description Code einer Akteursart der Taxonomie. */
                actor_kind?: components["parameters"]["actor_kind"];
                /** @description Suchtext; findet ohne Rücksicht auf Groß- und Kleinschreibung im Namen (und weiteren Textfeldern). */
                q?: components["parameters"]["q"];
                /** @description ID einer Erhebungswelle. */
                wave_id?: components["parameters"]["wave_id"];
                /** @description Code einer Kooperationsart der Taxonomie. */
                cooperation_kind?: components["parameters"]["cooperation_kind"];
                /** @description Mindestintensität einer Kooperation. */
                min_intensity?: components["parameters"]["min_intensity"];
            };
            header?: never;
            path: {
                /** @description Exportformat. */
                format: components["parameters"]["export_format"];
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
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/json": Record<string, never>;
                    "application/graphml+xml": string;
                    "application/gexf+xml": string;
                    "application/geo+json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTaxonomy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Die Taxonomie. */
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
            /** @description Unverändert. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    setTaxonomy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Zuletzt gelesene Version als Entity-Tag, z. B. "3". */
                "If-Match"?: components["parameters"]["If-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Taxonomy"];
            };
        };
        responses: {
            /** @description Gespeichert. */
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
            /** @description Alle Tokens, ohne Geheimnisse. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Token"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                "application/json": components["schemas"]["TokenRequest"];
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
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Invalid"];
        };
    };
    deleteToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID des Eintrags. */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Widerrufen. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    analysisActors: {
        parameters: {
            query?: {
                /** @description true: das gerichtete Netz auswerten (gerichtete Kooperationen nur in ihrer Richtung); sonst das gegenseitige Netz. */
                directed?: components["parameters"]["directed"];
                /** @description csv oder xlsx: die Kennzahlentabelle (deutsche Spaltenköpfe) als Datei statt JSON. */
                format?: components["parameters"]["table_format"];
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    /** @description Revision und Sicht als Entity-Tag. */
                    ETag?: string;
                    /** @description Bei format=csv|xlsx: attachment; filename="netzwerkatlas-kennzahlen-JJJJ-MM-TT.csv". */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorReport"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Unverändert seit dem Entity-Tag in If-None-Match. */
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
                directed?: components["parameters"]["directed"];
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    /** @description Revision und Sicht als Entity-Tag. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkReport"];
                };
            };
            /** @description Unverändert seit dem Entity-Tag in If-None-Match. */
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
    analysisCommunities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    /** @description Revision und Sicht als Entity-Tag. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityReport"];
                };
            };
            /** @description Unverändert seit dem Entity-Tag in If-None-Match. */
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
    analysisCouplingMatrix: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    /** @description Revision und Sicht als Entity-Tag. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Unverändert seit dem Entity-Tag in If-None-Match. */
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
    analysisCouplingPotentials: {
        parameters: {
            query?: {
                /** @description Nur Paare, die beide diesen Sozialraum (oder einen darin) versorgen. */
                social_space?: string;
                /** @description Nur Paare, von denen ein Akteur diesen Rechtskreis hat. */
                legal_domain?: string;
                /** @description Nur Paare mit diesem Akteur. */
                actor_id?: string;
                /** @description Nur Paare, die beide diese Zielgruppe versorgen. */
                target_group?: string;
                /** @description Anzahl der Paare (1–1000, Standard 50). */
                limit?: number;
            };
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    /** @description Revision und Sicht als Entity-Tag. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Unverändert seit dem Entity-Tag in If-None-Match. */
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
    analysisGaps: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    /** @description Revision und Sicht als Entity-Tag. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Unverändert seit dem Entity-Tag in If-None-Match. */
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
    analysisSocialSpaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    /** @description Revision und Sicht als Entity-Tag. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Unverändert seit dem Entity-Tag in If-None-Match. */
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
    analysisResilience: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity-Tag der vorliegenden Fassung; ist sie aktuell, antwortet der Dienst mit 304. */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    /** @description Revision und Sicht als Entity-Tag. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Unverändert seit dem Entity-Tag in If-None-Match. */
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
    analysisWhatIf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    add?: {
                        from: string;
                        to: string;
                        kinds: string[];
                        intensity: number;
                    }[];
                    remove?: string[];
                };
            };
        };
        responses: {
            /** @description Vorher und nachher. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
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
            /** @description Das Ergebnis. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Definitions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
