import { setup } from 'xstate';

/**
 * The login-trouble diagnosis, as one state machine.
 *
 * - Every state the user can land on carries `meta.step`: its kind and its content key.
 *   The words live in `content/`; this file has no display text.
 * - Events are the user's answers: `answer.<choice>`. A remedy step always offers
 *   `answer.fixed` (→ the service's `solved` step) and `answer.notFixed` (→ the next most
 *   likely cause on that path, or a contact step when none is left).
 * - The symptom questions start from what the screen says (the MT4/MT5 status messages, the
 *   member page's messages, "403 Forbidden", a rejected 2FA code) beside the plain symptoms.
 * - Each path checks causes in the order support checks them (docs/decisions/005-diagnosis-order.md).
 * - What a step's words take for granted about the user is data (`assumes`, `requires`), and so
 *   is what each answer tells us (`establishes`): tests/unit/diagnosis-paths.test.ts proves over
 *   every path that no step is reached after the user's answers contradicted it.
 * - URLs, links, the e2e paths, the search index and the support directory are all derived from
 *   this file (see `machines/wizard-graph.ts`).
 */

export type StepKind = 'question' | 'remedy' | 'contact' | 'solved';

/** Content keys: one entry per key in each locale of `content/`. */
export const contentKeys = [
  'start',
  // XM
  'xmSymptom',
  'xmCheckCredentials',
  'xmPlatformChoice',
  'xmPlatformMismatch',
  'xmUpdatePlatform',
  'xmAccountState',
  'xmDemoExpired',
  'xmNotActivated',
  'xmMemberPageStatus',
  'xmDormantAccount',
  'xmFrozenAccount',
  'xmServerNotice',
  'xmOutageCheck',
  'xmPlatformOtherSites',
  'xmServerMaintenance',
  'xmServerTrouble',
  'xmWeekendClosure',
  'xmServerAddress',
  'xmResetPassword',
  'xmWrongSite',
  'xmFindAccountEmail',
  'xmSiteUnreachable',
  'xmRequestLoginId',
  'xmTwoFactorReset',
  'xmContactSupport',
  'xmSolved',
  // BitMEX
  'bitmexSymptom',
  'bitmexResetPassword',
  'bitmexRegionRestricted',
  'bitmexServerDown',
  'bitmexLost2fa',
  'bitmexContactSupport',
  'bitmexSolved',
  // Both services: device, connection and browser
  'fixClock',
  'otherSites',
  'deviceType',
  'publicWifi',
  'mobileData',
  'dataCap',
  'restartPhone',
  'restartRouter',
  'anotherNetwork',
  'vpnProxy',
  'connectionDown',
  'switchBrowser',
] as const;
export type ContentKey = (typeof contentKeys)[number];

/** Which service a step belongs to (selects the official site and the message templates). */
export type Service = 'xm' | 'bitmex';

/**
 * What the browser can observe for itself on a step (never replacing the user's answer):
 * `connection` online/offline, `speed` a slow connection, `browser` which browser and OS,
 * `storage` cookies blocked, `clock` device clock against the server's (2FA codes),
 * `status` what the service's own status page reports (asked through this site; BitMEX only:
 * XM publishes none), `marketHours` whether it is the FX weekend closure in Japan now (XM).
 * Each runs as a machine in `machines/checks/`.
 */
export type Check = 'connection' | 'speed' | 'browser' | 'storage' | 'clock' | 'status' | 'marketHours';

/**
 * Facts about the user that a step's words may take for granted, and that answers establish:
 * - `otherSitesOpen`: other sites and apps open on this device (the device's internet works);
 * - `memberPageOpens`: the user can log in to XM's member page;
 * - `authenticatorAtHand`: the phone (or app) that makes the 2FA codes is at hand;
 * - `frozenMessageSeen`: the user saw the message that the account is frozen.
 */
export const facts = ['otherSitesOpen', 'memberPageOpens', 'authenticatorAtHand', 'frozenMessageSeen'] as const;
export type Fact = (typeof facts)[number];
export type Facts = Partial<Record<Fact, boolean>>;

/** What a browser check takes for granted: comparing the clock only helps someone who has the codes' phone. */
export const checkAssumptions: Readonly<Record<Check, Facts>> = {
  connection: {},
  speed: {},
  browser: {},
  storage: {},
  clock: { authenticatorAtHand: true },
  status: {},
  marketHours: {},
};

/** Notices shown on several steps (their words live in `content/`). */
export type NoticeId = 'bitmexJapan';

export type MessageId = 'xmLoginIdRequest' | 'xmTwoFactorReset' | 'xmGeneral' | 'bitmexLost2fa' | 'bitmexGeneral' | 'providerHelp';

export interface StepMeta {
  kind: StepKind;
  content: ContentKey;
  checks?: Check[];
  /** A question's answer to suggest when the device is offline. */
  suggestWhenOffline?: string;
  /** A question's answer to suggest when the service's status page reports a major outage. */
  suggestWhenOutage?: string;
  /** Contact steps: the message template to prefill. */
  message?: MessageId;
  /** Steps where the margin calculator helps (locked out while holding positions). */
  calculator?: boolean;
  /** Show the service's official site, how to reach support and the never-send-secrets warning. */
  safety?: boolean;
  notices?: NoticeId[];
  /** Facts this step's words take for granted: it must not be reached once an answer said otherwise. */
  assumes?: Facts;
  /** Facts the answers must have established before this step is reached from the start. */
  requires?: Facts;
  /** Questions: the facts each answer establishes (answer token → facts). */
  establishes?: Partial<Record<string, Facts>>;
}

type Meta = { step: StepMeta };

const question = (content: ContentKey, extra: Partial<StepMeta> = {}): Meta => ({
  step: { kind: 'question', content, ...extra },
});
const remedy = (content: ContentKey, extra: Partial<StepMeta> = {}): Meta => ({
  step: { kind: 'remedy', content, ...extra },
});
/** Every contact step shows the safety box: official site, never send secrets, phishing. */
const contact = (content: ContentKey, message: MessageId, extra: Partial<StepMeta> = {}): Meta => ({
  step: { kind: 'contact', content, message, safety: true, ...extra },
});
const solved = (content: ContentKey): Meta => ({ step: { kind: 'solved', content } });

export type WizardEvent =
  // The service
  | { type: 'answer.xm' }
  | { type: 'answer.bitmex' }
  // What the screen says
  | { type: 'answer.invalidAccount' }
  | { type: 'answer.noConnection' }
  | { type: 'answer.oldVersion' }
  | { type: 'answer.waitingUpdate' }
  | { type: 'answer.frozenMessage' }
  | { type: 'answer.memberPageRejected' }
  | { type: 'answer.codeRejected' }
  | { type: 'answer.forbidden' }
  | { type: 'answer.regionBlocked' }
  | { type: 'answer.outage' }
  // Plain symptoms
  | { type: 'answer.forgotPassword' }
  | { type: 'answer.forgotLoginId' }
  | { type: 'answer.lost2fa' }
  | { type: 'answer.rejected' }
  | { type: 'answer.notLoading' }
  // Follow-up questions
  | { type: 'answer.yes' }
  | { type: 'answer.no' }
  | { type: 'answer.notSure' }
  | { type: 'answer.phone' }
  | { type: 'answer.computer' }
  | { type: 'answer.demo' }
  | { type: 'answer.newAccount' }
  | { type: 'answer.idle' }
  | { type: 'answer.regular' }
  | { type: 'answer.dormant' }
  | { type: 'answer.normal' }
  | { type: 'answer.cannotLogIn' }
  | { type: 'answer.maintenance' }
  | { type: 'answer.trouble' }
  | { type: 'answer.weekend' }
  | { type: 'answer.noNotice' }
  | { type: 'answer.cannotCheck' }
  // Remedies: "Did this fix it?"
  | { type: 'answer.fixed' }
  | { type: 'answer.notFixed' };

/** A remedy step: "Did this fix it?" → solved, or the next cause on this path. */
const tryRemedy = (nextTarget: string) => ({
  'answer.fixed': 'solved',
  'answer.notFixed': nextTarget,
});

/**
 * The checks of the user's own connection, the same for both services: do other sites open?
 * If they do, the trouble is on the service's side (`siteCause`). If they do not, the device's
 * network, on a phone or a computer, and in the end the user's own provider: never a step that
 * assumes other sites open. `serviceChecks`: what else the "do other sites open?" step checks
 * (BitMEX: its status page).
 */
const connectionChecks = (siteCause: string, serviceChecks: Check[] = []) => ({
  otherSites: {
    meta: question('otherSites', {
      checks: ['connection', 'speed', ...serviceChecks],
      suggestWhenOffline: 'no',
      establishes: { yes: { otherSitesOpen: true }, no: { otherSitesOpen: false } },
    }),
    on: { 'answer.yes': siteCause, 'answer.no': 'deviceType' },
  },
  deviceType: {
    meta: question('deviceType', { checks: ['connection'] }),
    on: { 'answer.phone': 'publicWifi', 'answer.computer': 'restartRouter' },
  },
  // On a phone: the Wi-Fi that wants a registration, mobile data, the monthly allowance.
  publicWifi: { meta: remedy('publicWifi', { checks: ['connection', 'speed'] }), on: tryRemedy('mobileData') },
  mobileData: { meta: remedy('mobileData', { checks: ['connection'] }), on: tryRemedy('dataCap') },
  dataCap: { meta: remedy('dataCap', { checks: ['connection', 'speed'] }), on: tryRemedy('restartPhone') },
  restartPhone: { meta: remedy('restartPhone', { checks: ['connection'] }), on: tryRemedy('vpnProxy') },
  // On a computer: the router, another network.
  restartRouter: { meta: remedy('restartRouter', { checks: ['connection'] }), on: tryRemedy('anotherNetwork') },
  anotherNetwork: { meta: remedy('anotherNetwork', { checks: ['connection'] }), on: tryRemedy('vpnProxy') },
  // Both: a VPN, proxy or security app in the way; then the provider.
  vpnProxy: { meta: remedy('vpnProxy', { checks: ['connection'] }), on: tryRemedy('connectionDown') },
  connectionDown: {
    type: 'final' as const,
    meta: contact('connectionDown', 'providerHelp', { checks: ['connection'], assumes: { otherSitesOpen: false } }),
  },
});

/** Questions about the service's notices: the answer tells whether the member page opened. */
const noticeAnswers = {
  maintenance: { memberPageOpens: true },
  trouble: { memberPageOpens: true },
  noNotice: { memberPageOpens: true },
  cannotCheck: { memberPageOpens: false },
} satisfies StepMeta['establishes'];

export const loginWizardMachine = setup({
  types: {
    events: {} as WizardEvent,
    meta: {} as Meta,
  },
}).createMachine({
  id: 'loginWizard',
  initial: 'start',
  states: {
    start: {
      meta: question('start'),
      on: {
        'answer.xm': 'xm',
        'answer.bitmex': 'bitmex',
      },
    },

    xm: {
      initial: 'symptom',
      states: {
        symptom: {
          meta: question('xmSymptom', {
            checks: ['connection', 'marketHours'],
            suggestWhenOffline: 'notLoading',
            establishes: {
              memberPageRejected: { memberPageOpens: false },
              lost2fa: { authenticatorAtHand: false },
              codeRejected: { authenticatorAtHand: true },
              frozenMessage: { frozenMessageSeen: true },
            },
          }),
          on: {
            // What MT4/MT5 says
            'answer.invalidAccount': 'checkCredentials',
            'answer.noConnection': 'platformOtherSites',
            'answer.oldVersion': 'updatePlatform',
            'answer.waitingUpdate': 'outageCheck',
            // What the member page or the browser says
            'answer.frozenMessage': 'frozenAccount',
            'answer.memberPageRejected': 'wrongSite',
            'answer.codeRejected': 'fixClock',
            'answer.forbidden': 'switchBrowser',
            // Plain symptoms
            'answer.forgotPassword': 'resetPassword',
            'answer.forgotLoginId': 'findAccountEmail',
            'answer.lost2fa': 'twoFactorReset',
            'answer.notLoading': 'otherSites',
          },
        },

        // "Invalid account": the server answered and refused. Login details first, then the
        // platform, its version, the account's state, XM's side, and a new password.
        checkCredentials: { meta: remedy('xmCheckCredentials', { checks: ['marketHours'] }), on: tryRemedy('platformChoice') },
        platformChoice: {
          meta: question('xmPlatformChoice'),
          on: {
            'answer.yes': 'updatePlatform',
            'answer.no': 'platformMismatch',
            'answer.notSure': 'platformMismatch',
          },
        },
        platformMismatch: { meta: remedy('xmPlatformMismatch'), on: tryRemedy('updatePlatform') },
        updatePlatform: { meta: remedy('xmUpdatePlatform'), on: tryRemedy('accountState') },
        accountState: {
          meta: question('xmAccountState', { establishes: { frozenMessage: { frozenMessageSeen: true } } }),
          on: {
            'answer.demo': 'demoExpired',
            'answer.newAccount': 'notActivated',
            'answer.idle': 'memberPageStatus',
            'answer.frozenMessage': 'frozenAccount',
            'answer.regular': 'serverNotice',
          },
        },
        demoExpired: { meta: remedy('xmDemoExpired'), on: tryRemedy('serverNotice') },
        notActivated: { meta: remedy('xmNotActivated', { assumes: { memberPageOpens: true } }), on: tryRemedy('contactSupport') },
        // Unused for 90 days: look at the account in the member page before paying anything.
        memberPageStatus: {
          meta: question('xmMemberPageStatus', {
            establishes: {
              dormant: { memberPageOpens: true },
              frozenMessage: { memberPageOpens: true, frozenMessageSeen: true },
              normal: { memberPageOpens: true },
              cannotLogIn: { memberPageOpens: false },
            },
          }),
          on: {
            'answer.dormant': 'dormantAccount',
            'answer.frozenMessage': 'frozenAccount',
            'answer.normal': 'serverNotice',
            'answer.cannotLogIn': 'resetPassword',
          },
        },
        dormantAccount: {
          meta: remedy('xmDormantAccount', { calculator: true, assumes: { memberPageOpens: true } }),
          on: tryRemedy('serverNotice'),
        },
        frozenAccount: {
          meta: remedy('xmFrozenAccount', { requires: { frozenMessageSeen: true } }),
          on: tryRemedy('contactSupport'),
        },
        serverNotice: {
          meta: question('xmServerNotice', { checks: ['marketHours'], establishes: noticeAnswers }),
          on: {
            'answer.maintenance': 'serverMaintenance',
            'answer.trouble': 'serverTrouble',
            'answer.weekend': 'weekendClosure',
            'answer.noNotice': 'resetPassword',
            'answer.cannotCheck': 'resetPassword',
          },
        },
        serverMaintenance: {
          meta: remedy('xmServerMaintenance', { calculator: true, checks: ['marketHours'], assumes: { memberPageOpens: true } }),
          on: tryRemedy('contactSupport'),
        },
        serverTrouble: {
          meta: remedy('xmServerTrouble', { calculator: true, checks: ['marketHours'], assumes: { memberPageOpens: true } }),
          on: tryRemedy('contactSupport'),
        },
        weekendClosure: { meta: remedy('xmWeekendClosure', { calculator: true, checks: ['marketHours'] }), on: tryRemedy('contactSupport') },
        resetPassword: {
          meta: remedy('xmResetPassword', { checks: ['clock', 'storage'], safety: true }),
          on: tryRemedy('contactSupport'),
        },

        // "No connection" on MT4/MT5 (or "Waiting for update"): the device's network first, then
        // XM's side, then the server address. A password cannot cause these.
        platformOtherSites: {
          meta: question('xmPlatformOtherSites', {
            checks: ['connection', 'speed', 'marketHours'],
            suggestWhenOffline: 'no',
            establishes: { yes: { otherSitesOpen: true }, no: { otherSitesOpen: false } },
          }),
          on: { 'answer.yes': 'outageCheck', 'answer.no': 'deviceType' },
        },
        outageCheck: {
          meta: question('xmOutageCheck', { checks: ['marketHours'], establishes: noticeAnswers }),
          on: {
            'answer.maintenance': 'serverMaintenance',
            'answer.trouble': 'serverTrouble',
            'answer.weekend': 'weekendClosure',
            'answer.noNotice': 'serverAddress',
            'answer.cannotCheck': 'serverAddress',
          },
        },
        serverAddress: { meta: remedy('xmServerAddress', { checks: ['marketHours'] }), on: tryRemedy('contactSupport') },

        // The member page says the ID or password is wrong.
        wrongSite: { meta: remedy('xmWrongSite', { safety: true }), on: tryRemedy('resetPassword') },

        // Two-factor authentication.
        fixClock: {
          meta: remedy('fixClock', { checks: ['clock'], assumes: { authenticatorAtHand: true } }),
          on: tryRemedy('twoFactorReset'),
        },

        // The login ID or the server name is lost.
        findAccountEmail: { meta: remedy('xmFindAccountEmail'), on: tryRemedy('requestLoginId') },

        // Pages or the app do not open at all.
        ...connectionChecks('siteUnreachable'),
        siteUnreachable: {
          meta: remedy('xmSiteUnreachable', { calculator: true, checks: ['connection'], assumes: { otherSitesOpen: true } }),
          on: tryRemedy('switchBrowser'),
        },
        switchBrowser: {
          meta: remedy('switchBrowser', { checks: ['browser', 'storage'] }),
          on: tryRemedy('contactSupport'),
        },

        requestLoginId: { type: 'final', meta: contact('xmRequestLoginId', 'xmLoginIdRequest') },
        twoFactorReset: { type: 'final', meta: contact('xmTwoFactorReset', 'xmTwoFactorReset') },
        contactSupport: { type: 'final', meta: contact('xmContactSupport', 'xmGeneral', { checks: ['marketHours'] }) },
        solved: { type: 'final', meta: solved('xmSolved') },
      },
    },

    bitmex: {
      initial: 'symptom',
      states: {
        symptom: {
          meta: question('bitmexSymptom', {
            checks: ['status', 'connection'],
            suggestWhenOffline: 'notLoading',
            suggestWhenOutage: 'outage',
            notices: ['bitmexJapan'],
            establishes: { lost2fa: { authenticatorAtHand: false }, codeRejected: { authenticatorAtHand: true } },
          }),
          on: {
            'answer.codeRejected': 'fixClock',
            'answer.forbidden': 'switchBrowser',
            'answer.regionBlocked': 'regionRestricted',
            'answer.outage': 'serverDown',
            'answer.forgotPassword': 'resetPassword',
            'answer.lost2fa': 'lost2fa',
            'answer.rejected': 'resetPassword',
            'answer.notLoading': 'otherSites',
          },
        },
        resetPassword: {
          meta: remedy('bitmexResetPassword', { checks: ['clock', 'storage'], safety: true, notices: ['bitmexJapan'] }),
          on: tryRemedy('regionRestricted'),
        },
        fixClock: {
          meta: remedy('fixClock', { checks: ['clock'], assumes: { authenticatorAtHand: true } }),
          on: tryRemedy('lost2fa'),
        },
        ...connectionChecks('serverDown', ['status']),
        serverDown: {
          meta: remedy('bitmexServerDown', { calculator: true, checks: ['status', 'connection'], assumes: { otherSitesOpen: true } }),
          on: tryRemedy('switchBrowser'),
        },
        switchBrowser: {
          meta: remedy('switchBrowser', { checks: ['browser', 'storage'] }),
          on: tryRemedy('regionRestricted'),
        },
        regionRestricted: { meta: remedy('bitmexRegionRestricted', { calculator: true }), on: tryRemedy('contactSupport') },

        lost2fa: { type: 'final', meta: contact('bitmexLost2fa', 'bitmexLost2fa', { notices: ['bitmexJapan'] }) },
        contactSupport: {
          type: 'final',
          meta: contact('bitmexContactSupport', 'bitmexGeneral', { checks: ['status'], notices: ['bitmexJapan'] }),
        },
        solved: { type: 'final', meta: solved('bitmexSolved') },
      },
    },
  },
});

export type LoginWizardMachine = typeof loginWizardMachine;
