import type { StepId } from './wizard-graph';

/**
 * Addresses (path after the locale) that are not, or no longer, a step → the step that answers
 * them. When a state is renamed or removed, add its old path here, pointing at its successor:
 * links in old e-mails and chat logs must keep working (tests/published-urls.txt lists them all).
 * A few short aliases that agents type by hand live here too.
 */
export const stepRedirects: Readonly<Record<string, StepId>> = {
  'xm/forgot-password': 'xm.resetPassword',
  'xm/login-id': 'xm.requestLoginId',
  'xm/frozen': 'xm.frozenAccount',
  'xm/dormant': 'xm.dormantAccount',
  'bitmex/forgot-password': 'bitmex.resetPassword',
  'bitmex/2fa': 'bitmex.lost2fa',
  'bitmex/403': 'bitmex.switchBrowser',
  // Removed in issue 9: the 90-day questions became one question about the account's state,
  // and the member page is checked before anything is paid in.
  'xm/recent-activity': 'xm.accountState',
  'xm/funds-left': 'xm.memberPageStatus',
};

/**
 * Answer tokens that were renamed (old → new), so answer lists in old share links still replay.
 * Empty while no answer event has been renamed.
 */
export const answerAliases: Readonly<Record<string, string>> = {};
