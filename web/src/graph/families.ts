// Families of legal domains: the 18 legal domains of the default taxonomy are too many
// for colours that everyone can tell apart, so the map colours their families (one hue
// each) and names the domains in the legend.

/** Family is a group of legal domains that the map shows in one colour. */
export interface Family {
  key: string;
  label: string;
  /** codes are the legal domains of the default taxonomy in this family. */
  codes: string[];
}

/**
 * legalDomainFamilies lists the families in the order of their colours. Codes that an
 * installation adds to its taxonomy fall into the last, "Weitere Rechtskreise".
 */
export const legalDomainFamilies: Family[] = [
  { key: "work", label: "Arbeit", codes: ["sgb2", "sgb3"] },
  { key: "participation", label: "Teilhabe und Sozialhilfe", codes: ["sgb9", "sgb12", "sgb14", "asylblg"] },
  { key: "health", label: "Gesundheit, Pflege, Reha", codes: ["sgb5", "sgb6", "sgb7", "sgb11", "oegd"] },
  { key: "youth", label: "Kinder, Jugend, Schule", codes: ["sgb8", "school"] },
  { key: "housing", label: "Wohnen", codes: ["housing"] },
  { key: "services", label: "Sport, Kultur, Mobilität", codes: ["sport", "culture", "mobility"] },
  { key: "civil", label: "Zivilgesellschaft", codes: ["civil_society"] },
  { key: "other", label: "Weitere Rechtskreise", codes: [] },
];

const byCode = new Map(legalDomainFamilies.flatMap((f) => f.codes.map((c) => [c, f] as const)));

/** familyOf returns the family of a legal domain code ("Weitere Rechtskreise" if unknown). */
export function familyOf(code: string): Family {
  return byCode.get(code) ?? legalDomainFamilies[legalDomainFamilies.length - 1];
}
