import { describe, expect, it } from 'vitest';
import { allPaths } from '@/machines/diagnosis-paths';
import type { ContentKey } from '@/machines/login-wizard';
import { replay, requireStep, steps, type StepId } from '@/machines/wizard-graph';

/**
 * The support playbook, read from the machine: for each symptom, the steps a user meets when
 * every remedy says "not fixed" (and, at a question, the answer given), in the order support
 * checks them: the first cause tried is the most likely one for what the screen says.
 */

/** From the step the answers lead to, say "not fixed" at every remedy; at a question, give `choices[step]`. */
function notFixedWalk(start: string[], choices: Record<string, string> = {}): StepId[] {
  let at = replay(start).at;
  const visited: StepId[] = [];
  for (;;) {
    visited.push(at);
    const step = requireStep(at);
    if (step.answers.length === 0) return visited;
    const token = step.meta.kind === 'remedy' ? 'notFixed' : choices[at];
    const answer = step.answers.find((a) => a.token === token);
    if (!answer) throw new Error(`No choice for ${at} (answers: ${step.answers.map((a) => a.token).join(', ')})`);
    at = answer.target;
  }
}

type Row = [symptom: string, start: string[], choices: Record<string, string>, expected: StepId[]];

const xmInvalid = ['xm', 'invalidAccount'];
const playbook: Row[] = [
  // XM: what MT4/MT5 says
  ['XM 「無効な口座」 Invalid account (an account in regular use)', xmInvalid, { 'xm.platformChoice': 'notSure', 'xm.accountState': 'regular', 'xm.serverNotice': 'noNotice' },
    ['xm.checkCredentials', 'xm.platformChoice', 'xm.platformMismatch', 'xm.updatePlatform', 'xm.accountState', 'xm.serverNotice', 'xm.resetPassword', 'xm.contactSupport']],
  ['XM Invalid account: a demo account', xmInvalid, { 'xm.platformChoice': 'yes', 'xm.accountState': 'demo', 'xm.serverNotice': 'noNotice' },
    ['xm.checkCredentials', 'xm.platformChoice', 'xm.updatePlatform', 'xm.accountState', 'xm.demoExpired', 'xm.serverNotice', 'xm.resetPassword', 'xm.contactSupport']],
  ['XM Invalid account: a new live account', xmInvalid, { 'xm.platformChoice': 'yes', 'xm.accountState': 'newAccount' },
    ['xm.checkCredentials', 'xm.platformChoice', 'xm.updatePlatform', 'xm.accountState', 'xm.notActivated', 'xm.contactSupport']],
  ['XM Invalid account: unused 90 days, the member page says dormant', xmInvalid, { 'xm.platformChoice': 'yes', 'xm.accountState': 'idle', 'xm.memberPageStatus': 'dormant', 'xm.serverNotice': 'maintenance' },
    ['xm.checkCredentials', 'xm.platformChoice', 'xm.updatePlatform', 'xm.accountState', 'xm.memberPageStatus', 'xm.dormantAccount', 'xm.serverNotice', 'xm.serverMaintenance', 'xm.contactSupport']],
  ['XM Invalid account: unused 90 days, the member page refuses too (reset before paying)', xmInvalid, { 'xm.platformChoice': 'yes', 'xm.accountState': 'idle', 'xm.memberPageStatus': 'cannotLogIn' },
    ['xm.checkCredentials', 'xm.platformChoice', 'xm.updatePlatform', 'xm.accountState', 'xm.memberPageStatus', 'xm.resetPassword', 'xm.contactSupport']],
  ['XM Invalid account: the frozen message was seen', xmInvalid, { 'xm.platformChoice': 'yes', 'xm.accountState': 'frozenMessage' },
    ['xm.checkCredentials', 'xm.platformChoice', 'xm.updatePlatform', 'xm.accountState', 'xm.frozenAccount', 'xm.contactSupport']],
  ['XM Invalid account at the weekend', xmInvalid, { 'xm.platformChoice': 'yes', 'xm.accountState': 'regular', 'xm.serverNotice': 'weekend' },
    ['xm.checkCredentials', 'xm.platformChoice', 'xm.updatePlatform', 'xm.accountState', 'xm.serverNotice', 'xm.weekendClosure', 'xm.contactSupport']],
  ['XM 「回線不通」 No connection, other sites open', ['xm', 'noConnection'], { 'xm.platformOtherSites': 'yes', 'xm.outageCheck': 'noNotice' },
    ['xm.platformOtherSites', 'xm.outageCheck', 'xm.serverAddress', 'xm.contactSupport']],
  ['XM No connection, nothing opens on the phone', ['xm', 'noConnection'], { 'xm.platformOtherSites': 'no', 'xm.deviceType': 'phone' },
    ['xm.platformOtherSites', 'xm.deviceType', 'xm.publicWifi', 'xm.mobileData', 'xm.dataCap', 'xm.restartPhone', 'xm.vpnProxy', 'xm.connectionDown']],
  ['XM No connection, nothing opens on the computer', ['xm', 'noConnection'], { 'xm.platformOtherSites': 'no', 'xm.deviceType': 'computer' },
    ['xm.platformOtherSites', 'xm.deviceType', 'xm.restartRouter', 'xm.anotherNetwork', 'xm.vpnProxy', 'xm.connectionDown']],
  ['XM 「古いバージョン」 Old version', ['xm', 'oldVersion'], { 'xm.accountState': 'regular', 'xm.serverNotice': 'cannotCheck' },
    ['xm.updatePlatform', 'xm.accountState', 'xm.serverNotice', 'xm.resetPassword', 'xm.contactSupport']],
  ['XM 「アップデート待機中」 Waiting for update, a server problem announced', ['xm', 'waitingUpdate'], { 'xm.outageCheck': 'trouble' },
    ['xm.outageCheck', 'xm.serverTrouble', 'xm.contactSupport']],
  ['XM Waiting for update, nothing announced', ['xm', 'waitingUpdate'], { 'xm.outageCheck': 'noNotice' },
    ['xm.outageCheck', 'xm.serverAddress', 'xm.contactSupport']],
  // XM: what the member page or the browser says
  ['XM frozen-account message', ['xm', 'frozenMessage'], {}, ['xm.frozenAccount', 'xm.contactSupport']],
  ['XM member page: ID or password wrong', ['xm', 'memberPageRejected'], {}, ['xm.wrongSite', 'xm.resetPassword', 'xm.contactSupport']],
  ['XM 2FA code rejected', ['xm', 'codeRejected'], {}, ['xm.fixClock', 'xm.twoFactorReset']],
  ['XM 403 Forbidden', ['xm', 'forbidden'], {}, ['xm.switchBrowser', 'xm.contactSupport']],
  // XM: plain symptoms
  ['XM forgotten password', ['xm', 'forgotPassword'], {}, ['xm.resetPassword', 'xm.contactSupport']],
  ['XM forgotten login ID or server name', ['xm', 'forgotLoginId'], {}, ['xm.findAccountEmail', 'xm.requestLoginId']],
  ['XM lost 2FA phone', ['xm', 'lost2fa'], {}, ['xm.twoFactorReset']],
  ['XM pages do not open, other sites do', ['xm', 'notLoading'], { 'xm.otherSites': 'yes' },
    ['xm.otherSites', 'xm.siteUnreachable', 'xm.switchBrowser', 'xm.contactSupport']],
  ['XM nothing opens at all (phone)', ['xm', 'notLoading'], { 'xm.otherSites': 'no', 'xm.deviceType': 'phone' },
    ['xm.otherSites', 'xm.deviceType', 'xm.publicWifi', 'xm.mobileData', 'xm.dataCap', 'xm.restartPhone', 'xm.vpnProxy', 'xm.connectionDown']],
  // BitMEX
  ['BitMEX 2FA code rejected', ['bitmex', 'codeRejected'], {}, ['bitmex.fixClock', 'bitmex.lost2fa']],
  ['BitMEX 403 Forbidden', ['bitmex', 'forbidden'], {}, ['bitmex.switchBrowser', 'bitmex.regionRestricted', 'bitmex.contactSupport']],
  ['BitMEX "not available in your country"', ['bitmex', 'regionBlocked'], {}, ['bitmex.regionRestricted', 'bitmex.contactSupport']],
  ['BitMEX forgotten password', ['bitmex', 'forgotPassword'], {}, ['bitmex.resetPassword', 'bitmex.regionRestricted', 'bitmex.contactSupport']],
  ['BitMEX lost 2FA device', ['bitmex', 'lost2fa'], {}, ['bitmex.lost2fa']],
  ['BitMEX login refused, reason unknown', ['bitmex', 'rejected'], {}, ['bitmex.resetPassword', 'bitmex.regionRestricted', 'bitmex.contactSupport']],
  ['BitMEX does not open, other sites do', ['bitmex', 'notLoading'], { 'bitmex.otherSites': 'yes' },
    ['bitmex.otherSites', 'bitmex.serverDown', 'bitmex.switchBrowser', 'bitmex.regionRestricted', 'bitmex.contactSupport']],
  ['BitMEX nothing opens at all (computer)', ['bitmex', 'notLoading'], { 'bitmex.otherSites': 'no', 'bitmex.deviceType': 'computer' },
    ['bitmex.otherSites', 'bitmex.deviceType', 'bitmex.restartRouter', 'bitmex.anotherNetwork', 'bitmex.vpnProxy', 'bitmex.connectionDown']],
];

describe('the support playbook', () => {
  it.each(playbook)('%s', (_symptom, start, choices, expected) => {
    expect(notFixedWalk(start, choices)).toEqual(expected);
  });

  it('starts from every symptom both services offer', () => {
    for (const id of ['xm.symptom', 'bitmex.symptom'] as const) {
      const region = id.split('.')[0]!;
      const covered = new Set(playbook.filter(([, start]) => start[0] === region).map(([, start]) => start[1]));
      expect([...covered].sort(), id).toEqual(requireStep(id).answers.map((a) => a.token).sort());
    }
  });

  it('meets every login cause in the brief files', () => {
    const met = new Set(playbook.flatMap(([, , , expected]) => expected.map((id) => requireStep(id).meta.content)));
    const causes: ContentKey[] = [
      // login-facts.md: XM
      'xmResetPassword', 'xmRequestLoginId', 'xmFrozenAccount', 'xmDormantAccount', 'xmPlatformMismatch', 'xmUpdatePlatform', 'xmServerTrouble', 'xmServerMaintenance',
      // login-facts.md: BitMEX and both
      'bitmexResetPassword', 'bitmexLost2fa', 'publicWifi', 'mobileData', 'dataCap', 'bitmexServerDown', 'switchBrowser',
      // beyond-the-articles.md
      'xmCheckCredentials', 'xmServerAddress', 'xmNotActivated', 'xmDemoExpired', 'xmWeekendClosure', 'xmWrongSite', 'fixClock', 'xmTwoFactorReset', 'bitmexRegionRestricted',
      // the user's own connection
      'restartPhone', 'restartRouter', 'anotherNetwork', 'vpnProxy', 'connectionDown',
    ];
    expect(causes.filter((key) => !met.has(key))).toEqual([]);
  });

  it('never sends someone whose server answered (Invalid account, Old version, the member page) through network checks, on any path', () => {
    const network = new Set(
      steps.filter((s) => ['otherSites', 'xmPlatformOtherSites', 'deviceType', 'publicWifi', 'mobileData', 'dataCap', 'connectionDown'].includes(s.meta.content)).map((s) => s.id),
    );
    const answered = ['invalidAccount', 'oldVersion', 'memberPageRejected', 'frozenMessage'];
    const offending = allPaths()
      .paths.filter((path) => path[1]?.step === 'xm.symptom' && answered.includes(path[1].token ?? ''))
      .filter((path) => path.some((p) => network.has(p.step)))
      .map((path) => path.map((p) => p.step).join(' → '));
    expect(offending).toEqual([]);
  });

  it('never asks for a password reset after the server could not be reached ("No connection", "Waiting for update")', () => {
    const offending = allPaths()
      .paths.filter((path) => path[1]?.step === 'xm.symptom' && ['noConnection', 'waitingUpdate'].includes(path[1].token ?? ''))
      .filter((path) => path.some((p) => p.step === 'xm.resetPassword'))
      .map((path) => path.map((p) => p.step).join(' → '));
    expect(offending).toEqual([]);
  });
});
