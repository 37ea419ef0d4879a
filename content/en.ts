import { bitmexMail, englishMailClosing } from './english-mail';
import type { Messages } from './schema';

export const en = {
  ui: {
    siteName: "Can't log in? Diagnosis",
    siteDescription:
      "Can't log in to XM (member page, MT4/MT5) or BitMEX? Answer a few questions to find the likely cause and what to do about it.",
    skipToContent: 'Skip to content',
    startOver: 'Start over',
    languageName: '日本語',
    switchLanguage: 'Switch language',
    stepKind: {
      question: 'Question',
      remedy: 'Fix',
      contact: 'Contact support',
      solved: 'Solved',
    },
    didItWork: 'Did this fix it?',
    answerFixed: 'Yes, I can log in now',
    answerNotFixed: 'No, still not working',
    trailHeading: 'Your answers so far',
    trailChange: 'Change',
    trailEmpty: 'You opened this page directly from a link. You can also start the diagnosis from the beginning.',
    trailTampered: 'Some of the answers in the link could not be read, so they were skipped.',
    procedureHeading: 'Steps',
    warningLabel: 'Important',
    contactTried: 'What you tried',
    contactTriedNone: 'Nothing tried yet.',
    contactTo: 'Send to',
    contactSubject: 'Subject',
    contactBody: 'Message',
    contactPrepare: 'Support may ask for',
    copy: 'Copy message',
    copied: 'Copied',
    copyFailed: "Couldn't copy. Please select the text below and copy it yourself.",
    calculatorLink: 'Check with the margin calculator',
    calculatorLinkHint:
      "If you hold positions while you're locked out, check how far the price can move before a stop-out.",
    notFoundTitle: 'Page not found',
    notFoundBody: "This step or page doesn't exist. The link may be old or mistyped.",
    notFoundStart: 'Start the diagnosis from the beginning',
    errorTitle: 'Something went wrong',
    errorBody: "This page couldn't be shown. Please wait a moment and try again.",
    errorRetry: 'Try again',
    footerNote:
      'This is an independent guide, not affiliated with XM or BitMEX. Their procedures may change, so check their official sites for the latest information.',
    navWizard: 'Diagnosis',
    navSupport: 'Step directory (support)',
    navCalculator: 'Margin calculator',
    navLabel: 'Pages on this site',
    shareHeading: 'Share this step',
    shareHint: 'Send the link to a support agent: it opens this step with the answers you gave so far. It contains no password or personal data.',
    copyLink: 'Copy link to this step',
    copyShareLink: 'Copy link with my answers',
    linkCopied: 'Link copied',
    linkCopyFailed: 'Could not copy. Select the link below and copy it.',
    linkLabel: 'Link',
    printLink: 'This page online',
  },
  observations: {
    heading: 'What we checked in your browser',
    intro: 'We checked this device and browser automatically. The results are a hint: the answer is still yours to choose.',
    checking: 'Checking…',
    rawLabel: 'Result',
    privacy: 'What we check stays on this device: nothing is sent anywhere.',
    online: {
      label: 'Internet connection',
      online: 'Online (a test request to this site succeeded).',
      offline: 'Offline (the device reports no network).',
      probeFailed: 'The device says it is online, but a test request to this site failed.',
      conclusionOnline: 'Your connection works.',
      conclusionOffline: 'You do not seem to be connected to the internet. Check your Wi-Fi and mobile data settings.',
    },
    suggestOffline: 'You seem to be offline. Go to the network checks?',
    speed: {
      label: 'Connection speed',
      measured: 'A {kb} KB test file took {ms} ms to load.',
      networkInfo: "The browser's estimate of the connection: {type}",
      saveData: 'Data Saver is on.',
      fast: 'The connection speed looks fine.',
      slow: 'The connection is very slow. A data plan that has hit its monthly cap, or a public Wi-Fi, may be the cause.',
    },
    browser: {
      label: 'Browser',
      detected: 'You are using {browser} on {os}.',
      names: {
        edge: 'Microsoft Edge',
        chrome: 'Google Chrome',
        firefox: 'Firefox',
        safari: 'Safari',
        samsung: 'Samsung Internet',
        opera: 'Opera',
        other: 'a browser',
      },
      osNames: {
        windows: 'Windows',
        macos: 'a Mac',
        ios: 'an iPhone or iPad',
        android: 'Android',
        linux: 'Linux',
        other: 'this device',
      },
      edgeWindows: 'Microsoft Edge on Windows has been reported to get "403 Forbidden" at login.',
      pcAlternatives: 'On a computer, try Chrome or Firefox.',
      phoneAlternatives: 'On a phone, try Chrome or Safari.',
    },
    storage: {
      label: 'Cookies and site data',
      ok: 'Cookies and site data can be stored.',
      blocked: 'Cookies or site data are blocked.',
      blockedAdvice: 'Logging in needs cookies. Allow cookies in the browser settings, or try another browser.',
    },
    clock: {
      label: 'Device clock',
      measured: "Your device clock is about {seconds} s {direction} the server's clock.",
      ahead: 'ahead of',
      behind: 'behind',
      ok: 'The clock is within 30 seconds: authenticator (2FA) codes should be right.',
      off: 'The clock is off by more than 30 seconds. Authenticator (2FA) codes are made from the time, so they will be rejected until you fix it.',
      howTo: 'Turn on automatic time, then try again with a new code:',
      platforms: {
        android: 'Android: Settings → System → Date & time → turn on "Set time automatically"',
        ios: 'iPhone: Settings → General → Date & Time → turn on "Set Automatically"',
        windows: 'Windows: Settings → Time & language → Date & time → turn on "Set time automatically", then "Sync now"',
        macos: 'Mac: System Settings → General → Date & Time → turn on "Set time and date automatically"',
      },
      unavailable: "We could not read the server's time, so the clock was not checked.",
    },
  },
  support: {
    title: 'Step directory (for support agents)',
    description: 'Every step of the diagnosis, grouped by service and cause, with a link to copy and send to a customer.',
    intro: 'A link opens the diagnosis at that step, in the language of the link.',
    filterLabel: 'Filter steps',
    filterHint: 'Type in English or Japanese (e.g. frozen, 2FA, 403).',
    count: '{n} steps',
    noMatch: 'No step matches. Try other words.',
    services: {
      general: 'General',
      xm: 'XM (member page, MT4/MT5)',
      bitmex: 'BitMEX',
    },
    copyLink: 'Copy link',
    shareHeading: "The customer's answers",
    shareSummary: 'A link a customer sends carries their answers: the step page lists them under "Your answers so far".',
  },

  steps: {
    start: {
      title: "Which service can't you log in to?",
      description:
        "A step-by-step diagnosis for when you can't log in to XM (member page, MT4/MT5) or BitMEX. Start by choosing the service.",
      short: 'Choose the service',
      answers: {
        xm: 'XM (member page, MT4/MT5)',
        bitmex: 'BitMEX',
      },
    },

    // ---- XM ----
    xmSymptom: {
      title: "What's happening with XM?",
      description:
        "Narrow down why you can't log in to XM's member page or MT4/MT5. Pick the symptom closest to yours.",
      short: 'Symptom (XM)',
      answers: {
        forgotPassword: 'I forgot my password',
        forgotLoginId: 'I forgot my login ID or server name',
        rejected: 'My login is refused, or an account message appears (e.g. frozen)',
        platformOnly: "The member page works, but MT4/MT5 won't log in",
        notLoading: "The page or app won't load, or I get a connection error",
        forbidden: 'I see "403 Forbidden"',
      },
      hint: 'If more than one fits, pick the one that bothers you most.',
    },
    xmRecentActivity: {
      title: 'Have you traded, deposited or withdrawn in the last 90 days?',
      description:
        "XM accounts that go unused for a long time can become dormant or frozen, and then login may fail. Let's check when you last traded or moved money.",
      short: 'Activity in the last 90 days (XM)',
      answers: {
        yes: 'Yes, within the last 90 days',
        no: 'No, nothing for 90 days or more',
      },
      hint: "Not sure? Check your trading history or the dates of the e-mails you got for deposits and withdrawals.",
    },
    xmFundsLeft: {
      title: 'Is there still money in that account?',
      description:
        'An XM account unused for 90 days or more is treated differently depending on its balance: with money left it is likely dormant, without it likely frozen.',
      short: 'Account balance (XM)',
      answers: {
        yes: 'Yes, there is money left',
        no: 'No, the balance is empty',
      },
    },
    xmFrozenAccount: {
      title: 'Open a new account in place of the frozen one',
      description:
        "An XM account with no trading, deposits or withdrawals for 90 days or more and no balance gets frozen. A frozen account can't be used, so open an additional account from the member page.",
      short: 'Frozen account: open a new account (XM)',
      warning: '"Frozen" really means closed. A frozen account can never be used again.',
      procedure: [
        'Log in to the XM member page.',
        'From the member page, apply for an additional (new) trading account.',
        'Your identity and address checks are already done, so this is quick.',
        "Check the new account's login details (login ID and server name) and log in with them.",
      ],
      note: 'To keep an unused account from being frozen, leave some money in it, or trade or move money at least once every 90 days.',
    },
    xmDormantAccount: {
      title: 'Make a deposit to wake up a dormant account',
      description:
        'An XM account with money left but no trading for 90 days or more becomes dormant, and login can fail. A deposit from the member page lifts the dormancy.',
      short: 'Deposit to lift dormancy (XM)',
      procedure: [
        'Log in to the XM member page.',
        'From the deposit menu, deposit money into the dormant account.',
        'Once the deposit arrives, the dormancy is lifted.',
        'Try logging in again (MT4/MT5 or the member page).',
      ],
      note: "If you can't log in to the member page either, try the next step: resetting your password.",
    },
    xmResetPassword: {
      title: 'Reset your XM password',
      description:
        'Forgot your XM password? You can set a new one yourself by e-mail, starting from the member page login screen.',
      short: 'Reset password (XM)',
      procedure: [
        'Open the XM member page login screen and click the "Forgot password" link.',
        'Enter your login ID and registered e-mail address, then submit.',
        'Open the link in the e-mail XM sends you.',
        'On the reset screen, enter a new password and your account ID. If two-factor authentication is on, also enter the code.',
        'Submit. The new password applies right away, so log in with it.',
      ],
      note: "No e-mail? Check your spam folder. If you don't know your login ID, go back to the start and choose \"I forgot my login ID or server name\".",
    },
    xmSiteUnreachable: {
      title: "XM's page won't open: wait and try again later",
      description:
        'If other sites open but XM\'s page does not, XM may be under maintenance. Wait a while, then try again.',
      short: 'Wait and retry later (XM)',
      procedure: [
        'Close the page or app and wait a while.',
        'Maintenance is announced in advance in the member page notices. If you can see them, check when it ends.',
        'Later, try logging in again.',
      ],
      note: "Maintenance usually happens late at night, when few people are trading. You can't log in or trade while it runs.",
    },
    xmServerNotice: {
      title: 'Check the notices on the member page',
      description:
        "If XM's member page works but MT4/MT5 won't log in, the problem may be on the server side. Check the member page for a maintenance or server trouble notice.",
      short: 'Member page notices (XM)',
      answers: {
        maintenance: 'There is a server maintenance notice',
        trouble: 'There is a server trouble notice',
        noNotice: 'Neither notice is there',
      },
      hint: 'Log in to the member page and look through its notices before answering.',
    },
    xmServerMaintenance: {
      title: 'Wait for the server maintenance to end',
      description:
        "During XM's server maintenance you can't log in to MT4/MT5 or trade. Wait until the announced end time, then log in again.",
      short: 'Wait for maintenance to end (XM)',
      procedure: [
        'Check the announced end time in the member page notice.',
        "Wait until then. You can't log in or trade in the meantime.",
        'After it ends, log in to MT4/MT5 again.',
        'Still failing after it ends? Maintenance may have changed how the servers connect. Update your platform to the latest version in the next step.',
      ],
      note: 'Maintenance usually happens late at night, when traffic is low, and its times are published on the member page in advance.',
    },
    xmServerTrouble: {
      title: 'Wait for the server trouble to be fixed',
      description:
        "When XM posts a server trouble notice, there is nothing you can do on your side. Wait until it's fixed, then log in again.",
      short: 'Wait for server recovery (XM)',
      procedure: [
        'Read the notice on the member page.',
        "Wait for the recovery. Changing settings or reinstalling won't help.",
        'Once the recovery is announced, log in to MT4/MT5 again.',
      ],
      note: "If you hold positions, stay calm and wait for the recovery.",
    },
    xmPlatformChoice: {
      title: 'Are you using the platform your account was opened for?',
      description:
        'Each XM trading account works with only one platform, MT4 or MT5. Check that the platform you are opening is the one named in your account-confirmation e-mail.',
      short: 'Account platform (XM)',
      answers: {
        yes: "Yes, it's the same platform",
        no: "No, it's the other platform",
        notSure: "I'm not sure",
      },
      hint: 'The e-mail XM sent when you opened the account names its platform (MT4 or MT5).',
    },
    xmPlatformMismatch: {
      title: 'Use the platform that matches your account (MT4/MT5)',
      description:
        "An MT4 account can't be used in MT5, and an MT5 account can't be used in MT4. Even with the right ID and password, login fails on the other platform.",
      short: 'Use the matching MT4/MT5 (XM)',
      procedure: [
        "Find XM's account-confirmation e-mail and check the account's platform (MT4 or MT5).",
        "Download and install that platform from XM's official site.",
        'Log in there with your login ID, password and server name.',
      ],
    },
    xmUpdatePlatform: {
      title: 'Update MT4/MT5 to the latest version',
      description:
        "An old MT4/MT5 version used for a long time can stop connecting after changes on XM's servers. Install the latest version from the official site.",
      short: 'Update MT4/MT5 (XM)',
      procedure: [
        "Open the platform download page on XM's official site.",
        'Download the latest version of the platform you use (MT4 or MT5).',
        'Install and start it, then log in with your login ID, password and server name.',
      ],
      note: 'If the platform suddenly stopped connecting, for example after maintenance, check first that it is up to date.',
    },
    xmRequestLoginId: {
      title: 'Ask XM to resend your login ID and server name',
      description:
        "XM issues your login ID and server name, so you can't recreate them yourself. Below is a ready-made request to XM support, with the list of what you already tried.",
      short: 'Request login ID and server name (XM)',
      warning: 'Never write your password or two-factor codes in the message.',
      note: 'To prevent impersonation, support may ask you to verify your identity before resending them.',
    },
    xmContactSupport: {
      title: 'Contact XM support',
      description:
        "Still can't log in to XM after these steps? Below is a ready-made message to XM support, with the list of what you already tried filled in.",
      short: 'Contact support (XM)',
      warning: 'Never write your password or two-factor codes in the message.',
    },
    xmSolved: {
      title: "You're back in",
      description: 'You can log in to XM again. Here are a few tips to avoid getting locked out next time.',
      short: 'Solved (XM)',
      note: 'Keep your login ID, server name and password in a password manager. For an account you rarely use, trade or move money at least once every 90 days to keep it from going dormant or frozen. Update MT4/MT5 now and then.',
    },

    // ---- BitMEX ----
    bitmexSymptom: {
      title: "What's happening with BitMEX?",
      description: "Narrow down why you can't log in to BitMEX. Pick the symptom closest to yours.",
      short: 'Symptom (BitMEX)',
      answers: {
        forgotPassword: 'I forgot my password',
        lost2fa: 'I lost my 2FA device (phone broken, lost or replaced, and no recovery code)',
        rejected: "My login is refused and I don't know why",
        notLoading: "The page won't load",
        forbidden: 'I see "403 Forbidden"',
      },
      hint: 'If more than one fits, pick the one that bothers you most.',
    },
    bitmexResetPassword: {
      title: 'Reset your BitMEX password',
      description:
        "Forgot your BitMEX password, or your login is refused for no clear reason? Start by resetting your password by e-mail from the login screen.",
      short: 'Reset password (BitMEX)',
      procedure: [
        'Open the BitMEX login screen and click "Forgot your password or 2FA device?" below the login form.',
        'In the "Request password reset" form, enter your registered e-mail address and click "Reset password".',
        'In the e-mail you receive, click the "Reset password" button.',
        'Set a new password and log in.',
      ],
      note: 'Keep your password in a password manager so a broken computer does not lock you out.',
    },
    bitmexServerDown: {
      title: 'Wait for BitMEX to recover',
      description:
        'If other sites open but BitMEX does not, its servers may be down under heavy load, typically when a big market move brings a flood of orders. The only thing to do is wait.',
      short: 'Wait for server recovery (BitMEX)',
      procedure: [
        'Check the news or a price chart for a big market move.',
        'Wait a while, then try logging in again.',
        'Until it comes back, wait. There is nothing to fix on your side.',
      ],
      note: 'Server outages are one of the most common reasons for failed logins. If you hold positions, stay calm and wait for the recovery.',
    },
    bitmexLost2fa: {
      title: 'Lost your 2FA device? Ask support to verify your identity',
      description:
        "If you lost your two-factor (2FA) device and have no recovery code, you can't reset 2FA yourself: BitMEX support has to verify your identity. Below is a ready-made message, with the list of what you already tried.",
      short: 'Request a 2FA reset (BitMEX)',
      procedure: [
        'Below the BitMEX login form, click "Forgot your password or 2FA device?".',
        'On the reset form, click the "contact us by e-mail" link.',
        'Use the subject "Lost 2FA device" and paste the message below.',
        'Follow the identity check that support explains, and send what they ask for.',
        'Once approved, 2FA is reset. After logging in, set up 2FA again and back up the recovery code.',
      ],
      warning:
        'The name on your account must match your ID. An account registered under a false name may not be restored.',
      note: 'The procedure may change. Confirm it with support before preparing photos or documents.',
    },
    bitmexContactSupport: {
      title: 'Contact BitMEX support',
      description:
        "Still can't log in to BitMEX after these steps? Below is a ready-made message to BitMEX support, with the list of what you already tried filled in.",
      short: 'Contact support (BitMEX)',
      warning: 'Never write your password or two-factor codes in the message.',
    },
    bitmexSolved: {
      title: "You're back in",
      description: 'You can log in to BitMEX again. Here are a few tips to avoid getting locked out next time.',
      short: 'Solved (BitMEX)',
      note: 'Back up your 2FA recovery codes and keep them somewhere safe, so a broken or replaced phone does not lock you out. Keep your password in a password manager.',
    },

    // ---- Shared: connection and browser checks (no service names here) ----
    otherSites: {
      title: 'Do other websites and apps open?',
      description:
        'First, check whether the problem is your internet connection. Try opening other websites or apps on the same phone or computer.',
      short: 'Check whether other sites open',
      answers: {
        yes: 'Yes, other sites open',
        no: "No, other sites don't open either",
      },
      hint: 'Try a news site or a search engine, anything you use every day.',
    },
    publicWifi: {
      title: 'Turn off public Wi-Fi',
      description:
        "Free Wi-Fi in cafés or stations often won't connect you to the internet until you register. Turn Wi-Fi off and try again.",
      short: 'Turn off public Wi-Fi',
      procedure: [
        'Check whether your phone is connected to Wi-Fi.',
        "If it's on a free public Wi-Fi, turn Wi-Fi off.",
        'Open the login screen again over mobile data.',
      ],
      note: "If you want to keep using that Wi-Fi, complete its registration page first.",
    },
    mobileData: {
      title: 'Turn on mobile data',
      description:
        "If mobile data is switched off, your phone can't reach the internet where there is no Wi-Fi. Check the setting and turn it on.",
      short: 'Turn on mobile data',
      procedure: [
        'Open your phone settings (or the control center / quick settings).',
        'If mobile data is off, turn it on.',
        'Open the login screen again.',
      ],
    },
    dataCap: {
      title: 'Check your monthly data allowance',
      description:
        'When your monthly data allowance runs out, your speed is throttled: login gets slow or fails at busy times. Check how much data you have left.',
      short: 'Check data allowance',
      procedure: [
        "Check this month's remaining data in your mobile carrier's app or website.",
        "If you've hit the limit, buy more data.",
        'Or wait until you are on a stable Wi-Fi, such as at home, and log in again.',
      ],
    },
    switchBrowser: {
      title: 'Try another browser',
      description:
        'If you see "403 Forbidden" or the page looks broken, your browser may be the cause. Open the page in another browser.',
      short: 'Try another browser',
      procedure: [
        'Check which browser you are using. "403 Forbidden" has been reported with Microsoft Edge on Windows 10.',
        'On a computer, use Chrome or Firefox.',
        'On a phone, use Chrome or Safari.',
        'Open the login screen again in the other browser.',
      ],
    },
  },

  messages: {
    xmLoginIdRequest: {
      lang: 'en',
      to: "XM support, through the member page's contact form or by e-mail",
      subject: 'Request to resend my login ID and server name',
      body: [
        'Dear XM Support,',
        '',
        'I can no longer find the login ID and server name of my trading account, so I am unable to log in.',
        'Could you please resend my login ID and server name?',
        'If you need to verify my identity first, please let me know what you need and I will provide it.',
        '',
        '- Name: [your full name]',
        '- Registered e-mail: [your registered e-mail]',
        '- Registered phone number: [your registered phone number]',
        '- Platform: [MT4 or MT5]',
        '',
        ...englishMailClosing,
      ].join('\n'),
      prepare: [
        'Identity verification (to prevent impersonation)',
        'Your registered name, e-mail address and phone number',
        'When you opened the account, and which platform it uses (MT4/MT5)',
      ],
    },
    xmGeneral: {
      lang: 'en',
      to: "XM support, through the member page's contact form or by e-mail",
      subject: 'Unable to log in to my account',
      body: [
        'Dear XM Support,',
        '',
        'I am unable to log in to my trading account.',
        'Could you please help me find the cause and a solution?',
        '',
        '- Login ID: [your login ID]',
        '- Server name: [your server name]',
        '- Registered e-mail: [your registered e-mail]',
        '- What fails: [member page / MT4 / MT5]',
        '- Device and browser: [e.g. iPhone, Safari]',
        '- What happens: [since when, on which screen, and the exact message shown]',
        '',
        ...englishMailClosing,
      ].join('\n'),
      prepare: [
        'Identity verification (to prevent impersonation)',
        'Your login ID, server name and registered e-mail address',
        'The error message you saw (a screenshot helps)',
      ],
    },
    bitmexLost2fa: {
      ...bitmexMail.lost2fa,
      to: 'BitMEX support: below the login form, click "Forgot your password or 2FA device?", then the "contact us by e-mail" link on the reset form',
      prepare: [
        'A selfie of you holding a government-issued photo ID (passport, driving licence) together with the sheet of paper below',
        'A sheet of paper showing the date you send it, your account username and the word "BitMEX"',
        'Note: this is what support has asked for in the past. The name on your account must match your ID, and the procedure may change, so confirm it with support first.',
      ],
    },
    bitmexGeneral: {
      ...bitmexMail.general,
      to: 'BitMEX support: below the login form, click "Forgot your password or 2FA device?", then the "contact us by e-mail" link on the reset form',
      prepare: [
        'Identity verification (for example a photo ID)',
        'Your account username and registered e-mail address',
        'The error message you saw (a screenshot helps)',
      ],
    },
  },
} satisfies Messages;
