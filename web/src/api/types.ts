// Domain types as the API sends them (see graph/*.go for the Go side).

export type Role = "viewer" | "analyst" | "editor" | "admin";

export interface Meta {
  id: string;
  external_key?: string;
  version: number;
  created_at?: string;
  updated_at?: string;
}

export interface Term {
  code: string;
  label: string;
  description?: string;
  directed?: boolean;
}

export interface Taxonomy {
  legal_domains: Term[];
  fields: Term[];
  target_groups: Term[];
  actor_kinds: Term[];
  cooperation_kinds: Term[];
  space_levels: Term[];
  indicators: Term[];
  version: number;
}

export interface Address {
  street?: string;
  postal_code?: string;
  city?: string;
}

export interface Actor extends Meta {
  name: string;
  short_name?: string;
  kind: string;
  legal_domains: string[];
  fields?: string[];
  target_groups?: string[];
  social_spaces?: string[];
  address?: Address;
  location?: { lat: number; lon: number };
  website?: string;
  email?: string;
  phone?: string;
  description?: string;
}

export interface Cooperation extends Meta {
  from: string;
  to: string;
  directed?: boolean;
  kinds: string[];
  intensity: number;
  trust?: number;
  value?: number;
  reported_by?: string;
  valid_from?: string;
  valid_until?: string;
  wave_id?: string;
  source?: string;
  note?: string;
}

export interface Offer extends Meta {
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
}

export interface Indicator {
  year: number;
  code: string;
  value: number;
}

export interface SocialSpace extends Meta {
  name: string;
  level: string;
  parent_id?: string;
  boundary?: GeoJSONGeometry;
  indicators?: Indicator[];
}

export interface GeoJSONGeometry {
  type: string;
  coordinates: unknown;
}

export interface ListResponse<T> {
  items: T[];
  total: number;
}

export interface Me {
  name: string;
  role: Role;
  anonymous?: boolean;
}
