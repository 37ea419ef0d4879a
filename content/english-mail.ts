import type { MessageTemplate } from './schema';

/** The heading of the "what I tried" list in English e-mails (left out when nothing was tried). */
export const englishTriedHeading = 'What I have tried so far:';

/**
 * The end of every English support e-mail: what the user tried (the `{tried}` line becomes
 * `englishTriedHeading` and a list, or disappears when nothing was tried) and the page they followed.
 */
export const englishMailClosing = ['{tried}', 'Page I followed:', '{link}', '', 'Thank you for your help.', '[your name]'];

/**
 * The e-mails to BitMEX support. BitMEX support works in English, so both locales send these
 * words; each locale says in its own language where to send them and what support may ask for.
 * No message contains a secret: they say what the user can prove instead.
 */
export const bitmexMail = {
  lost2fa: {
    lang: 'en',
    subject: 'Lost 2FA device',
    triedHeading: englishTriedHeading,
    body: [
      'Hello BitMEX Support,',
      '',
      'I can no longer log in to my account because I lost my two-factor authentication (2FA) device, and I do not have a backup of my recovery code.',
      'Could you please tell me the procedure to reset 2FA on my account? I am ready to verify my identity.',
      'I have not included any password or 2FA code in this message.',
      '',
      'Account username: [your username]',
      'Registered e-mail: [your registered e-mail]',
      'What happened: [e.g. my phone broke / was lost / was replaced]',
      '',
      ...englishMailClosing,
    ].join('\n'),
  },
  general: {
    lang: 'en',
    subject: 'Unable to log in to my account',
    triedHeading: englishTriedHeading,
    body: [
      'Hello BitMEX Support,',
      '',
      'I cannot log in to my BitMEX account and would appreciate your help.',
      'I have not included any password or 2FA code in this message. I can verify my identity if needed.',
      '',
      'Account username: [your username]',
      'Registered e-mail: [your registered e-mail]',
      'Device and browser: [e.g. Windows PC, Chrome]',
      'What happens: [since when, on which screen, and the exact error message]',
      '',
      ...englishMailClosing,
    ].join('\n'),
  },
} satisfies Record<string, Pick<MessageTemplate, 'lang' | 'subject' | 'body' | 'triedHeading'>>;
