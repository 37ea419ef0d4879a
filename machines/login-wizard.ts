import { setup } from 'xstate';

/**
 * The login-trouble diagnosis, as one state machine.
 *
 * - Every state the user can land on carries `meta.step`: its kind and its content key.
 *   The words live in `content/`; this file has no display text.
 * - Events are the user's answers: `answer.<choice>`. A remedy step always offers
 *   `answer.fixed` (→ the service's `solved` step) and `answer.notFixed` (→ the next most
 *   likely cause on that path, or the service's contact-support step when none is left).
 * - URLs, links, the e2e paths and the support directory are all derived from this file
 *   (see `machines/wizard-graph.ts`).
 */

export type StepKind = 'question' | 'remedy' | 'contact' | 'solved';

/** Content keys: one entry per key in each locale of `content/`. */
export const contentKeys = [
  'start',
  'xmSymptom',
  'xmRecentActivity',
  'xmFundsLeft',
  'xmFrozenAccount',
  'xmDormantAccount',
  'xmResetPassword',
  'otherSites',
  'publicWifi',
  'mobileData',
  'dataCap',
  'xmSiteUnreachable',
  'switchBrowser',
  'xmServerNotice',
  'xmServerMaintenance',
  'xmServerTrouble',
  'xmPlatformChoice',
  'xmPlatformMismatch',
  'xmUpdatePlatform',
  'xmRequestLoginId',
  'xmContactSupport',
  'xmSolved',
  'bitmexSymptom',
  'bitmexResetPassword',
  'bitmexLost2fa',
  'bitmexServerDown',
  'bitmexContactSupport',
  'bitmexSolved',
] as const;
export type ContentKey = (typeof contentKeys)[number];

/** Which service a contact step writes to (selects the message template). */
export type Service = 'xm' | 'bitmex';

/**
 * What the browser can observe for itself on a step (never replacing the user's answer):
 * `connection` online/offline, `speed` a slow connection, `browser` which browser and OS,
 * `storage` cookies blocked, `clock` device clock against the server's (2FA codes).
 */
export type Check = 'connection' | 'speed' | 'browser' | 'storage' | 'clock';

export interface StepMeta {
  kind: StepKind;
  content: ContentKey;
  checks?: Check[];
  /** A question's answer to suggest when the device is offline. */
  suggestWhenOffline?: string;
  /** Contact steps: the message template to prefill. */
  message?: 'xmLoginIdRequest' | 'xmGeneral' | 'bitmexLost2fa' | 'bitmexGeneral';
  /** Steps where the margin calculator helps (locked out while holding positions). */
  calculator?: boolean;
}

const question = (content: ContentKey, extra: Partial<StepMeta> = {}): { step: StepMeta } => ({
  step: { kind: 'question', content, ...extra },
});
const remedy = (content: ContentKey, extra: Partial<StepMeta> = {}): { step: StepMeta } => ({
  step: { kind: 'remedy', content, ...extra },
});
const contact = (content: ContentKey, message: NonNullable<StepMeta['message']>, checks?: Check[]): { step: StepMeta } => ({
  step: { kind: 'contact', content, message, ...(checks ? { checks } : {}) },
});
const solved = (content: ContentKey): { step: StepMeta } => ({ step: { kind: 'solved', content } });

export type WizardEvent =
  | { type: 'answer.xm' }
  | { type: 'answer.bitmex' }
  | { type: 'answer.forgotPassword' }
  | { type: 'answer.forgotLoginId' }
  | { type: 'answer.lost2fa' }
  | { type: 'answer.rejected' }
  | { type: 'answer.platformOnly' }
  | { type: 'answer.notLoading' }
  | { type: 'answer.forbidden' }
  | { type: 'answer.yes' }
  | { type: 'answer.no' }
  | { type: 'answer.notSure' }
  | { type: 'answer.maintenance' }
  | { type: 'answer.trouble' }
  | { type: 'answer.noNotice' }
  | { type: 'answer.fixed' }
  | { type: 'answer.notFixed' };

/** A remedy step: "Did this fix it?" → solved, or the next cause on this path. */
const tryRemedy = (solvedTarget: string, nextTarget: string) => ({
  'answer.fixed': solvedTarget,
  'answer.notFixed': nextTarget,
});

/**
 * The connection checks both services share: do other sites open? Then public Wi-Fi, mobile data
 * and the data cap, in that order. When the device is online, or none of them helps, the next
 * cause is `siteCause` (the service's own site or server).
 */
const connectionChecks = (siteCause: string) => ({
  otherSites: {
    meta: question('otherSites', { checks: ['connection', 'speed'], suggestWhenOffline: 'no' }),
    on: { 'answer.no': 'publicWifi', 'answer.yes': siteCause },
  },
  publicWifi: {
    meta: remedy('publicWifi', { checks: ['connection', 'speed'] }),
    on: tryRemedy('solved', 'mobileData'),
  },
  mobileData: {
    meta: remedy('mobileData', { checks: ['connection', 'speed'] }),
    on: tryRemedy('solved', 'dataCap'),
  },
  dataCap: {
    meta: remedy('dataCap', { checks: ['connection', 'speed'] }),
    on: tryRemedy('solved', siteCause),
  },
});

export const loginWizardMachine = setup({
  types: {
    events: {} as WizardEvent,
    meta: {} as { step: StepMeta },
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
          meta: question('xmSymptom', { checks: ['connection'], suggestWhenOffline: 'notLoading' }),
          on: {
            'answer.forgotPassword': 'resetPassword',
            'answer.forgotLoginId': 'requestLoginId',
            'answer.rejected': 'recentActivity',
            'answer.platformOnly': 'serverNotice',
            'answer.notLoading': 'otherSites',
            'answer.forbidden': 'switchBrowser',
          },
        },

        // Account status: 90 days without trading or deposits, and is money left?
        recentActivity: {
          meta: question('xmRecentActivity'),
          on: { 'answer.yes': 'resetPassword', 'answer.no': 'fundsLeft' },
        },
        fundsLeft: {
          meta: question('xmFundsLeft'),
          on: { 'answer.yes': 'dormantAccount', 'answer.no': 'frozenAccount' },
        },
        frozenAccount: {
          meta: remedy('xmFrozenAccount'),
          on: tryRemedy('solved', 'contactSupport'),
        },
        dormantAccount: {
          meta: remedy('xmDormantAccount', { calculator: true }),
          on: tryRemedy('solved', 'resetPassword'),
        },
        resetPassword: {
          meta: remedy('xmResetPassword', { checks: ['clock', 'storage'] }),
          on: tryRemedy('solved', 'otherSites'),
        },

        // Connection checks, then the site itself, then the browser.
        ...connectionChecks('siteUnreachable'),
        siteUnreachable: {
          meta: remedy('xmSiteUnreachable', { calculator: true, checks: ['connection'] }),
          on: tryRemedy('solved', 'switchBrowser'),
        },
        switchBrowser: {
          meta: remedy('switchBrowser', { checks: ['browser', 'storage'] }),
          on: tryRemedy('solved', 'contactSupport'),
        },

        // The member page works but MT4/MT5 does not.
        serverNotice: {
          meta: question('xmServerNotice'),
          on: {
            'answer.maintenance': 'serverMaintenance',
            'answer.trouble': 'serverTrouble',
            'answer.noNotice': 'platformChoice',
          },
        },
        serverMaintenance: {
          meta: remedy('xmServerMaintenance', { calculator: true }),
          on: tryRemedy('solved', 'updatePlatform'),
        },
        serverTrouble: {
          meta: remedy('xmServerTrouble', { calculator: true }),
          on: tryRemedy('solved', 'platformChoice'),
        },
        platformChoice: {
          meta: question('xmPlatformChoice'),
          on: {
            'answer.yes': 'updatePlatform',
            'answer.no': 'platformMismatch',
            'answer.notSure': 'platformMismatch',
          },
        },
        platformMismatch: {
          meta: remedy('xmPlatformMismatch'),
          on: tryRemedy('solved', 'updatePlatform'),
        },
        updatePlatform: {
          meta: remedy('xmUpdatePlatform'),
          on: tryRemedy('solved', 'contactSupport'),
        },

        requestLoginId: { type: 'final', meta: contact('xmRequestLoginId', 'xmLoginIdRequest') },
        contactSupport: { type: 'final', meta: contact('xmContactSupport', 'xmGeneral') },
        solved: { type: 'final', meta: solved('xmSolved') },
      },
    },

    bitmex: {
      initial: 'symptom',
      states: {
        symptom: {
          meta: question('bitmexSymptom', { checks: ['connection'], suggestWhenOffline: 'notLoading' }),
          on: {
            'answer.forgotPassword': 'resetPassword',
            'answer.lost2fa': 'lost2fa',
            'answer.rejected': 'resetPassword',
            'answer.notLoading': 'otherSites',
            'answer.forbidden': 'switchBrowser',
          },
        },
        resetPassword: {
          meta: remedy('bitmexResetPassword', { checks: ['clock', 'storage'] }),
          on: tryRemedy('solved', 'otherSites'),
        },
        ...connectionChecks('serverDown'),
        serverDown: {
          meta: remedy('bitmexServerDown', { calculator: true, checks: ['connection'] }),
          on: tryRemedy('solved', 'switchBrowser'),
        },
        switchBrowser: {
          meta: remedy('switchBrowser', { checks: ['browser', 'storage'] }),
          on: tryRemedy('solved', 'contactSupport'),
        },

        lost2fa: { type: 'final', meta: contact('bitmexLost2fa', 'bitmexLost2fa', ['clock']) },
        contactSupport: { type: 'final', meta: contact('bitmexContactSupport', 'bitmexGeneral') },
        solved: { type: 'final', meta: solved('bitmexSolved') },
      },
    },
  },
});

export type LoginWizardMachine = typeof loginWizardMachine;
