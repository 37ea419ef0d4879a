import type { ContentKey, MessageId, NoticeId, Service, StepMeta } from '@/machines/login-wizard';
import type { AnswerToken } from '@/machines/wizard-graph';
import type { SourceId } from './sources';
import type { Locale } from '@/lib/i18n';

export type { MessageId };

/** The words of one wizard step. The machine only holds the key. */
export interface StepText {
  /** Page heading and the first part of <title>. */
  title: string;
  /** One or two sentences under the heading; also the meta description of the page. */
  description: string;
  /** A short name for lists: the support directory and "what you already tried". */
  short: string;
  /** Question steps: the label of each answer the step accepts. */
  answers?: Partial<Record<AnswerToken, string>>;
  /**
   * Long answer lists, in groups with a heading (e.g. "What the screen says", "Something else").
   * Every answer of the step is in exactly one group (tests/unit/content.test.ts).
   */
  answerGroups?: { heading: string; answers: AnswerToken[] }[];
  /** Optional hint under a question (what to look at before answering). */
  hint?: string;
  /** Remedy steps: the numbered procedure. */
  procedure?: string[];
  /** Something the user must know before acting (e.g. frozen = closed for good). */
  warning?: string;
  /** Extra advice after the procedure (prevention, timing). */
  note?: string;
  /** What happens next: how long it usually takes and what follows (checks, waiting times, locks). */
  next?: string;
  /** Words people type for this step (readings in hiragana, synonyms), for the search only. */
  keywords?: string[];
  /** Facts on this page that are not from the source articles: where they come from (content/sources.ts). */
  sources?: SourceId[];
}

/**
 * A ready-to-copy message to a service's support team.
 * `{tried}` is replaced by the list of steps the user already tried, `{link}` by the page URL.
 */
export interface MessageTemplate {
  /** The language the message is written in (BitMEX support works in English). */
  lang: Locale;
  /** Where to send it, in words (reachable without logging in: the official site's contact page). */
  to: string;
  subject: string;
  /** The heading of the "what I tried" list that replaces the `{tried}` line (left out when nothing was tried). */
  triedHeading: string;
  body: string;
  /** Documents or details support may ask for. */
  prepare?: string[];
}

/** Safety on every reset and contact step: the official site, how to reach support, what never to send. */
export interface SafetyText {
  heading: string;
  /** Where support is reached from the official site (the domain is shown as a link beside it). */
  officialSite: string;
  support: string;
  neverSend: string;
  phishing: string;
}

/** A notice shown on several steps (e.g. BitMEX's restriction for residents of Japan). */
export interface NoticeText {
  heading: string;
  text: string;
  sources?: SourceId[];
}

/** How a source is named on the page, and what its grade means. */
export interface SourceText {
  heading: string;
  /** `{date}` is replaced by the source's date. */
  news: string;
  reported: string;
  varies: string;
  names: Record<SourceId, string>;
}

export interface SearchText {
  title: string;
  description: string;
  /** The form on the start and symptom steps. */
  formHeading: string;
  label: string;
  hint: string;
  submit: string;
  /** `{n}` results for `{q}`. */
  results: string;
  empty: string;
  noMatch: string;
  symptomsHeading: string;
  /** What kind of step a result is, before its title. */
  service: Record<Service | 'general', string>;
}

export interface UiText {
  siteName: string;
  siteDescription: string;
  skipToContent: string;
  startOver: string;
  languageName: string;
  switchLanguage: string;
  stepKind: Record<StepMeta['kind'], string>;
  didItWork: string;
  /** Shown in the tapped answer while the next step is still on its way (a slow connection). */
  answerOpening: string;
  answerFixed: string;
  answerNotFixed: string;
  trailHeading: string;
  trailChange: string;
  trailEmpty: string;
  trailTampered: string;
  procedureHeading: string;
  warningLabel: string;
  nextHeading: string;
  contactTried: string;
  contactTo: string;
  contactSubject: string;
  contactBody: string;
  contactPrepare: string;
  copy: string;
  copied: string;
  copyFailed: string;
  calculatorLink: string;
  calculatorLinkHint: string;
  notFoundTitle: string;
  notFoundBody: string;
  notFoundStart: string;
  errorTitle: string;
  errorBody: string;
  errorRetry: string;
  footerNote: string;
  navWizard: string;
  navSupport: string;
  navCalculator: string;
  navLabel: string;
  navPrivacy: string;
  /**
   * On a remedy: how often it fixed the problem. `{percent}` (e.g. 62%) and `{total}` (how many
   * answered "Did this fix it?" there, e.g. 1,240), both formatted for the locale.
   */
  fixRate: string;
  shareHeading: string;
  shareHint: string;
  copyLink: string;
  copyShareLink: string;
  linkCopied: string;
  linkCopyFailed: string;
  linkLabel: string;
  printLink: string;
  /** Offline use (the service worker): what the page says it kept, and its offline pages. */
  offline: OfflineText;
}

export interface OfflineText {
  saving: string;
  /** Save-Data or a slow connection: only the pages opened are kept. */
  savedVisited: string;
  /** `{service}`: the service's name. */
  savedService: string;
  savedLanguage: string;
  savedAll: string;
  saveAll: string;
  /** Save-Data on and nothing kept yet: nothing is downloaded for offline use until asked. */
  notSavedSaveData: string;
  saveThis: string;
  notSavedTitle: string;
  notSavedBody: string;
}

/** The support-staff directory of every step. */
export interface SupportText {
  title: string;
  description: string;
  intro: string;
  filterLabel: string;
  filterHint: string;
  /** `{n}` is replaced by the number of steps shown. */
  count: string;
  noMatch: string;
  services: Record<'general' | 'xm' | 'bitmex', string>;
  copyLink: string;
  shareHeading: string;
  shareSummary: string;
  /** The link from the directory to the flow map's own page, and what the map shows. */
  flowMapLink: string;
  flowMapLinkHint: string;
  /** The link from the flow map's page back to the directory. */
  backToDirectory: string;
}

/** The flow map: the whole machine as a diagram (support directory; insights with numbers). */
export interface FlowMapText {
  heading: string;
  intro: string;
  /** The accessible name of the scrollable region holding the diagram. */
  regionLabel: string;
  /** The diagram's own title (read by screen readers). */
  title: string;
  legendHeading: string;
  /** How answers that end in "solved" are drawn. */
  legendSolvedEdge: string;
  /** The summary of the text version (every step and where each answer leads). */
  textVersion: string;
  /** `{answer}` the answer's label, `{target}` the step it leads to. */
  leadsTo: string;
}

/** The staff-only insights page (`{…}` placeholders are filled in by the page). */
export interface InsightsText {
  title: string;
  description: string;
  /** No password configured: how the operator sets one. */
  notConfiguredHeading: string;
  notConfiguredBody: string;
  /** The steps, in order; `{command}` is the command that makes the hash. */
  notConfiguredSteps: string[];
  signInHeading: string;
  signInIntro: string;
  passwordLabel: string;
  signIn: string;
  wrongPassword: string;
  /** `{minutes}` until the address may try again. */
  tooManyAttempts: string;
  signOut: string;
  signedIn: string;
  filtersHeading: string;
  fromLabel: string;
  toLabel: string;
  versionLabel: string;
  /** `{version}`; the flow this build serves. */
  currentVersion: string;
  /** `{version}`, `{events}`, `{last}` (the day of its last event). */
  otherVersion: string;
  apply: string;
  badDate: string;
  reversed: string;
  badVersion: string;
  databaseDown: string;
  summaryHeading: string;
  /** `{from}`, `{to}`, `{version}`. */
  summaryRange: string;
  /** `{n}` */
  summaryEvents: string;
  /** `{n}` visits with a visit key. */
  summaryVisits: string;
  /** `{rate}`, `{count}`, `{of}`. */
  summaryContact: string;
  noData: string;
  exportCsv: string;
  stepsHeading: string;
  tableRegionLabel: string;
  columns: { step: string; views: string; answers: string; fixed: string; dropOff: string; contact: string };
  /** `{rate}`, `{low}`, `{high}`, `{count}`, `{of}`. */
  fixedValue: string;
  /** `{rate}`, `{count}`, `{of}`. */
  shareValue: string;
  /** `{answer}`, `{n}`. */
  answerValue: string;
  none: string;
  pathsHeading: string;
  pathsEmpty: string;
  /** `{n}` */
  pathVisits: string;
  mapHeading: string;
  mapIntro: string;
  /** Lines added to the flow map's boxes: `{n}`, `{rate}`. */
  noteViews: string;
  noteFixed: string;
  noteDropOff: string;
  definitionsHeading: string;
  definitions: { term: string; text: string }[];
}

/**
 * "What we checked": observations the browser makes on the steps where they matter.
 * `{…}` placeholders are filled in by the page.
 */
export interface ObservationText {
  heading: string;
  intro: string;
  checking: string;
  rawLabel: string;
  privacy: string;
  online: { label: string; online: string; offline: string; probeFailed: string; conclusionOnline: string; conclusionOffline: string };
  suggestOffline: string;
  speed: {
    label: string;
    /** `{ms}` the probe's time, `{kb}` its size. */
    measured: string;
    networkInfo: string;
    saveData: string;
    fast: string;
    slow: string;
  };
  browser: {
    label: string;
    /** `{browser}` and `{os}`. */
    detected: string;
    names: Record<'edge' | 'chrome' | 'firefox' | 'safari' | 'samsung' | 'opera' | 'other', string>;
    osNames: Record<'windows' | 'macos' | 'ios' | 'android' | 'linux' | 'other', string>;
    edgeWindows: string;
    pcAlternatives: string;
    phoneAlternatives: string;
  };
  storage: { label: string; ok: string; blocked: string; blockedAdvice: string };
  clock: {
    label: string;
    /** `{seconds}`: how far the device clock is off, `{direction}`: ahead or behind. */
    measured: string;
    ahead: string;
    behind: string;
    ok: string;
    off: string;
    howTo: string;
    platforms: Record<'android' | 'ios' | 'windows' | 'macos', string>;
    unavailable: string;
  };
  /** XM's clock: the FX weekend closure, in Japan time, from the device's clock. */
  marketHours: {
    label: string;
    /** `{day}` `{time}`: the device's time in Japan. */
    now: string;
    /** `{day}` `{time}`: when the market opens. */
    closed: string;
    closedConclusion: string;
    /** `{from}` and `{until}`: the next closure, each a day and a time. */
    open: string;
    openConclusion: string;
    summerTime: string;
    winterTime: string;
    /** Sunday first. */
    weekdays: [string, string, string, string, string, string, string];
    /** `{day}` `{time}`. */
    dayTime: string;
  };
}

/**
 * "Is it them or me?": what the service's own status page reports, read by this site's server.
 * `{…}` placeholders are filled in by the page; times are the reader's local time.
 */
export interface ServiceStatusText {
  heading: string;
  checking: string;
  /** Before the check runs, and with JavaScript off: where to look. */
  lookYourself: string;
  /** `{checked}`: when the status page was read. */
  none: string;
  /** An indicator without an open incident; `{checked}`. */
  problem: Record<'minor' | 'major' | 'critical' | 'maintenance', string>;
  /** An open incident by its impact; `{since}` and `{title}`. */
  incident: Record<'none' | 'minor' | 'major' | 'critical', string>;
  /** `{until}` and `{title}`. */
  maintenanceNow: string;
  /** `{from}`, `{until}` and `{title}`. */
  maintenanceScheduled: string;
  /** `{list}`: the affected parts with their state. */
  affected: string;
  componentStatus: Record<'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance', string>;
  /** The incident's link. */
  details: string;
  /** `{age}` and `{checked}`. */
  stale: string;
  /** `{minutes}`. */
  minutes: string;
  lessThanMinute: string;
  unavailable: string;
  offline: string;
  /** The nudge when nothing is reported. */
  conclusionNone: string;
  conclusionMinor: string;
  conclusionOutage: string;
  /** The link to the step that fits an outage (on the symptom step). */
  suggestOutage: string;
  /** The official status page's link text is its domain; this introduces it. */
  pageLinkIntro: string;
  privacy: string;
}

/** The privacy page: exactly what the outcome records hold and what they never hold. */
export interface PrivacyText {
  title: string;
  description: string;
  intro: string;
  recordedHeading: string;
  recorded: string[];
  /** The random per-visit key: where it lives and when it goes. */
  visitKey: string;
  notRecordedHeading: string;
  notRecorded: string[];
  useHeading: string;
  use: string[];
  optOutHeading: string;
  optOut: string[];
}

export interface Messages {
  ui: UiText;
  privacy: PrivacyText;
  observations: ObservationText;
  serviceStatus: ServiceStatusText;
  support: SupportText;
  flowMap: FlowMapText;
  insights: InsightsText;
  search: SearchText;
  safety: Record<Service, SafetyText>;
  notices: Record<NoticeId, NoticeText>;
  sources: SourceText;
  steps: Record<ContentKey, StepText>;
  messages: Record<MessageId, MessageTemplate>;
}
