// Runtime lists of the generated string-union enums, for <select>s and
// checkbox lists. `satisfies Record<Enum, 1>` makes the compiler prove each
// list complete: a value added on the Rust side fails the build here.
import type { CadencePeriod } from './generated/CadencePeriod';
import type { ChannelStatus } from './generated/ChannelStatus';
import type { ContentStatus } from './generated/ContentStatus';
import type { Department } from './generated/Department';
import type { FindingSubject } from './generated/FindingSubject';
import type { FunnelStage } from './generated/FunnelStage';
import type { ItemKind } from './generated/ItemKind';
import type { Language } from './generated/Language';
import type { Maturity } from './generated/Maturity';
import type { ObjectiveKind } from './generated/ObjectiveKind';
import type { Platform } from './generated/Platform';

function keys<T extends string>(record: Record<T, 1>): T[] {
  return Object.keys(record) as T[];
}

export const DEPARTMENTS = keys({
  leadership: 1,
  marketing: 1,
  communications: 1,
  sales: 1,
  customer_service: 1,
  content: 1,
  product: 1,
  human_resources: 1,
  it: 1,
  legal: 1,
  finance: 1,
  other: 1,
} satisfies Record<Department, 1>);

export const OBJECTIVE_KINDS = keys({ awareness: 1, sales: 1, loyalty: 1, other: 1 } satisfies Record<
  ObjectiveKind,
  1
>);

export const FINDING_SUBJECTS = keys({ audience: 1, competitor: 1 } satisfies Record<FindingSubject, 1>);

export const MATURITIES = keys({ beginner: 1, advanced: 1 } satisfies Record<Maturity, 1>);

export const FUNNEL_STAGES = keys({
  reach: 1,
  engagement: 1,
  traffic: 1,
  conversion: 1,
  loyalty: 1,
} satisfies Record<FunnelStage, 1>);

export const PLATFORMS = keys({
  instagram: 1,
  facebook: 1,
  linkedin: 1,
  tiktok: 1,
  youtube: 1,
  x: 1,
  threads: 1,
  bluesky: 1,
  pinterest: 1,
  reddit: 1,
  snapchat: 1,
  whatsapp: 1,
  newsletter: 1,
  blog: 1,
  podcast: 1,
  custom: 1,
} satisfies Record<Platform, 1>);

export const CADENCE_PERIODS = keys({ week: 1, month: 1 } satisfies Record<CadencePeriod, 1>);

export const CHANNEL_STATUSES = keys({ active: 1, test: 1, later: 1, dropped: 1 } satisfies Record<
  ChannelStatus,
  1
>);

export const CONTENT_STATUSES = keys({
  idea: 1,
  draft: 1,
  in_review: 1,
  approved: 1,
  scheduled: 1,
  published: 1,
} satisfies Record<ContentStatus, 1>);

export const LANGUAGES = keys({ fr: 1, en: 1 } satisfies Record<Language, 1>);

export const ITEM_KINDS = keys({
  team_member: 1,
  objective: 1,
  finding: 1,
  competitor: 1,
  persona: 1,
  kpi: 1,
  channel: 1,
  content_item: 1,
} satisfies Record<ItemKind, 1>);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as string[]).includes(value);
}
