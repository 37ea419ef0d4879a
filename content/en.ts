import { bitmexMail, englishMailClosing, englishTriedHeading } from './english-mail';
import type { Messages } from './schema';

/** XM's side (maintenance, trouble, weekend): the same question on the Invalid-account and No-connection paths. */
const xmNoticeQuestion = {
  answers: {
    maintenance: 'The member page announces maintenance',
    trouble: 'The member page announces a server problem',
    weekend: 'It’s the weekend now (Saturday morning to Monday morning)',
    noNotice: 'None of these',
    cannotCheck: 'I can’t open the member page to check',
  },
  hint: 'In Japan time, FX markets are closed from about 6 or 7 a.m. on Saturday until about 6 or 7 a.m. on Monday.'
};

/** Do other sites open? The same question on every connection path. */
const otherSitesQuestion = {
  answers: {
    yes: 'Yes, other sites open',
    no: 'No, other sites don’t open either',
  },
  hint: 'Try a page you use every day, like a news site or a search engine.'
};

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
    nextHeading: 'What happens next',
    contactTried: 'What you tried',
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
    offline: {
      saving: 'Saving for offline use…',
      savedVisited: 'This page is saved for offline use. To keep data use low, other pages are saved when you open them.',
      savedService: 'The {service} steps in English are saved for offline use.',
      savedLanguage: 'Every step in English is saved for offline use.',
      savedAll: 'Every step, in Japanese and in English, is saved for offline use.',
      saveAll: 'Save the other steps for offline use too',
      notSavedSaveData: 'Your data saver is on, so nothing has been saved for offline use.',
      saveThis: 'Save this page for offline use',
      notSavedTitle: "This page isn't saved for offline use",
      notSavedBody: "You're offline, so this page can't be opened. Open it again once you're back online.",
    },
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
    marketHours: {
      label: 'FX market hours (Japan time)',
      now: 'By this device’s clock it is {day} {time} in Japan.',
      closed: 'The FX market is in its weekend closure until {day} {time} (Japan time).',
      closedConclusion:
        'At weekends prices don’t move and XM usually holds its maintenance, so MT4/MT5 may show no prices or “Waiting for update” until the market opens.',
      open: 'The FX market is open. The next weekend closure is from {from} to {until} (Japan time).',
      openConclusion: 'It is not the weekend closure now.',
      summerTime: 'US summer time: the closure starts and ends an hour earlier in Japan.',
      winterTime: 'US winter time: the closure is from about 7:00 on Saturday to 7:00 on Monday in Japan.',
      weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      dayTime: '{day} {time}',
    },
  },
  serviceStatus: {
    heading: 'Is BitMEX down? Its status page',
    checking: 'Checking BitMEX’s status page…',
    lookYourself: 'BitMEX reports outages and maintenance on its official status page:',
    none: 'BitMEX reports no problem (checked {checked}).',
    problem: {
      minor: 'BitMEX reports a minor problem (checked {checked}).',
      major: 'BitMEX reports a major outage (checked {checked}).',
      critical: 'BitMEX reports a critical outage (checked {checked}).',
      maintenance: 'BitMEX reports maintenance (checked {checked}).',
    },
    incident: {
      none: 'BitMEX posted a notice at {since}: “{title}”',
      minor: 'BitMEX reports a minor problem since {since}: “{title}”',
      major: 'BitMEX reports a major outage since {since}: “{title}”',
      critical: 'BitMEX reports a critical outage since {since}: “{title}”',
    },
    maintenanceNow: 'BitMEX is in scheduled maintenance until {until}: “{title}”',
    maintenanceScheduled: 'Maintenance scheduled from {from} to {until}: “{title}”',
    affected: 'Affected: {list}',
    componentStatus: {
      degraded_performance: 'slow',
      partial_outage: 'partly down',
      major_outage: 'down',
      under_maintenance: 'in maintenance',
    },
    details: 'Details on the status page',
    stale: 'The status page did not answer just now: this is what it said {age} ago, at {checked}.',
    minutes: '{minutes} min',
    lessThanMinute: 'less than a minute',
    unavailable: 'Could not check BitMEX’s status just now.',
    offline: 'You are offline, so BitMEX’s status could not be checked.',
    conclusionNone: 'So the cause is more likely on your side (connection, browser, login details) or in your account: go on with the steps on this page.',
    conclusionMinor: 'Part of BitMEX is affected. If it is the part you use, the cause may be on BitMEX’s side.',
    conclusionOutage: 'The trouble is on BitMEX’s side: nothing you change on your device will fix it. Wait for BitMEX to recover.',
    suggestOutage: 'BitMEX reports an outage: see what to do',
    pageLinkIntro: 'BitMEX’s status page:',
    privacy: 'This site reads BitMEX’s public status page for you. Nothing about you is sent to BitMEX or stored.',
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

  search: {
    title: 'Search by what the screen says',
    description: 'Type the message on your screen, or what is going wrong, to find the steps that match.',
    formHeading: 'Search by what the screen says',
    label: 'Message on the screen, or what is wrong',
    hint: 'For example: Invalid account, No connection, 403',
    submit: 'Search',
    results: 'Steps matching “{q}”: {n}',
    empty: 'Type something to search for. The message on your screen, typed as it appears, works best.',
    noMatch: 'No step matches “{q}”. Try other words, or choose from the list of symptoms below.',
    symptomsHeading: 'Choose from the list of symptoms',
    service: { general: 'Both services', xm: 'XM', bitmex: 'BitMEX' },
  },

  safety: {
    xm: {
      heading: 'Stay safe',
      officialSite: 'The official XMTrading site:',
      support: "Contact support only from the official site's contact page, never from a search ad, a social-media account or a chat invitation.",
      neverSend: 'Never send your password, two-factor (2FA) codes or recovery codes to anyone, support included. Real support never asks for them.',
      phishing: 'Fake support accounts and phishing e-mails multiply during outages. Do not open links in e-mails: open the official site from a bookmark or by typing its address. XM Global (xm.com) is another company’s site.',
    },
    bitmex: {
      heading: 'Stay safe',
      officialSite: 'The official BitMEX site:',
      support: "Contact support only from the official site's login screen or contact page, never from a search ad, a social-media account or a chat invitation.",
      neverSend: 'Never send your password, two-factor (2FA) codes or recovery codes to anyone, support included. Real support never asks for them.',
      phishing: 'Watch out for phishing e-mails and fake support accounts that use the BitMEX name, especially during outages. Do not open links in e-mails: open the official site from a bookmark or by typing its address.',
    },
  },

  notices: {
    bitmexJapan: {
      heading: 'If you live in Japan',
      text: 'BitMEX has restricted residents of Japan since 1 May 2020. From Japan, trading may not work whatever password or browser you use. Hiding your location with a VPN breaks BitMEX’s terms.',
      sources: ['bitmexJapan'],
    },
  },

  sources: {
    heading: 'Sources',
    news: '{name} ({date})',
    reported: '{name} (as of {date}). Not an official statement: check the official site for the latest.',
    varies: '{name} (as of {date}). The figures differ between sources: check the official site.',
    names: {
      mtStatusMessages: 'What the MT4/MT5 messages mean and the order support checks them in: several third-party guides',
      xmPasswordSplit: 'Member-page and MT4/MT5 passwords can differ: several third-party guides',
      xmDemoExpiry: 'XM demo accounts expire (90 or 120 days): several third-party guides',
      fxWeekend: 'FX weekend closure (Japan time) and weekend maintenance: several third-party guides',
      xmDormancy: 'XM dormant accounts (fee of $5, later $10; bonuses and points forfeited): several third-party guides',
      xmAccountClosure: 'XM frozen and closed accounts: several third-party guides',
      xmBrands: 'XMTrading and XM Global are different companies: several third-party guides',
      bitmexJapan: 'CoinDesk: “BitMEX restricts residents of Japan”',
      totpClock: 'A phone clock that is off as the usual cause of rejected 2FA codes: several third-party guides',
      bitmex2faLock: 'BitMEX withdrawal lock after a 2FA change (24 hours): several third-party guides',
    },
  },

  steps: {
    start: {
      title: 'Which service can’t you log in to?',
      description:
        'A step-by-step diagnosis for when you can’t log in to XM (member page, MT4/MT5) or BitMEX: find the likely cause and what to do. First, choose the service.',
      short: 'Choose the service',
      answers: {
        xm: 'XM (member page, MT4/MT5)',
        bitmex: 'BitMEX',
      },
      keywords: ["can't log in", 'login', 'diagnosis'],
    },

    // ---- XM ----
    xmSymptom: {
      title: 'XM: what does the screen say?',
      description:
        'Choose the message you see, or what comes closest. MT4/MT5 show their message at the bottom right on a computer, and in the account list in the phone app.',
      short: 'Choose the symptom (XM)',
      answerGroups: [
        { heading: 'A message in MT4/MT5', answers: ['invalidAccount', 'noConnection', 'oldVersion', 'waitingUpdate'] },
        { heading: 'A message on the member page or in the browser', answers: ['frozenMessage', 'memberPageRejected', 'codeRejected', 'forbidden'] },
        { heading: 'Something else', answers: ['forgotPassword', 'forgotLoginId', 'lost2fa', 'notLoading'] },
      ],
      answers: {
        invalidAccount: '“Invalid account” (Japanese screen: 無効な口座 or 不正な口座)',
        noConnection: '“No connection” (Japanese screen: 回線不通)',
        oldVersion: '“Old version” (Japanese screen: 古いバージョン)',
        waitingUpdate: '“Waiting for update” (Japanese screen: アップデート待機中)',
        frozenMessage: 'A message that the account is frozen (can no longer be used)',
        memberPageRejected: 'The member page says the ID or password is wrong',
        codeRejected: 'My two-factor (2FA) code is rejected',
        forbidden: '“403 Forbidden”',
        forgotPassword: 'I forgot my password',
        forgotLoginId: 'I don’t know my login ID or server name',
        lost2fa: 'I lost or replaced the phone that makes my 2FA codes',
        notLoading: 'Pages or the app won’t open',
      },
      hint: 'If there is no message, choose from “Something else”.',
      keywords: ['symptom', 'error', 'message'],
    },
    xmCheckCredentials: {
      title: 'Re-enter your login ID, password and server name exactly as in the account e-mail',
      description:
        '“Invalid account” means XM’s server refused the login. The most common cause is a small typing difference. The server name must match down to its number.',
      short: 'Re-enter the login details (XM)',
      procedure: [
        'Open the e-mail XM sent when your account was opened. It lists your login ID, your server name and your platform (MT4 or MT5).',
        'Enter the login ID exactly as the number in the e-mail. It is not your e-mail address.',
        'Re-type the password, minding upper and lower case and stray spaces. It is reported that after you change the member-page password, the MT4/MT5 password can stay the old one.',
        'Choose the server that matches the e-mail exactly: “XMTrading-Real 25” and “XMTrading-Demo 3” differ in Real (live account) or Demo and in the number. If it is not in the list, type it as in the e-mail.',
        'Log in again.',
      ],
      note: 'If you can’t find the e-mail, go back to the start and choose “I don’t know my login ID or server name”.',
      next: 'You’ll know at once: with the right details the message disappears and prices start to move.',
      keywords: ['invalid account', 'server name', 'login id', 'password', 'typo'],
      sources: ['mtStatusMessages', 'xmPasswordSplit'],
    },
    xmPlatformChoice: {
      title: 'Are you using the platform you chose when you opened the account?',
      description:
        'Each XM trading account is for either MT4 or MT5. On the other one, login fails even with the right ID and password.',
      short: 'MT4 or MT5? (XM)',
      answers: {
        yes: 'Yes, the one in the e-mail',
        no: 'No, I was using the other one',
        notSure: 'I’m not sure',
      },
      hint: 'The account-opening e-mail says which platform (MT4 or MT5) the account is for.',
      keywords: ['mt4', 'mt5', 'metatrader', 'platform'],
    },
    xmPlatformMismatch: {
      title: 'Open the platform (MT4 or MT5) your account is for',
      description:
        'An MT4 account does not work in MT5, and an MT5 account does not work in MT4. Install the right one and log in again.',
      short: 'Use the right MT4/MT5 (XM)',
      procedure: [
        'Check in the account-opening e-mail whether the account is for MT4 or MT5.',
        'Install that platform from the download page of XM’s official site (xmtrading.com).',
        'In the platform you installed, enter your login ID, password and server name and log in.',
      ],
      next: 'Installing takes a few minutes. Your money and positions stay in the account whichever platform you open.',
      keywords: ['mt4', 'mt5', 'metatrader', 'platform', 'wrong platform'],
    },
    xmUpdatePlatform: {
      title: 'Reinstall the latest MT4/MT5',
      description:
        'An old version used for a long time can stop connecting after changes on XM’s servers. Reinstall the latest version from the official site.',
      short: 'Update MT4/MT5 (XM)',
      procedure: [
        'Open the platform download page on XM’s official site (xmtrading.com).',
        'Download the latest version of the platform you use (MT4 or MT5).',
        'Install it, start it and log in with your login ID, password and server name.',
        'On a phone, update the app in the app store and then log in again.',
      ],
      note: 'When the screen says “Old version”, or when the platform suddenly stops connecting after maintenance, check first that it is the latest version.',
      next: 'Downloading and installing takes a few minutes, depending on your connection.',
      keywords: ['old version', 'update', 'upgrade', 'version'],
      sources: ['mtStatusMessages'],
    },
    xmAccountState: {
      title: 'Which of these describes the account?',
      description: 'In some account states, login fails even with the right details. Choose what comes closest.',
      short: 'Account state (XM)',
      answers: {
        demo: 'A demo account I hadn’t used for a while',
        newAccount: 'A live account I opened recently and have never been able to use',
        idle: 'A live account with no trades, deposits or withdrawals for 90 days or more',
        frozenMessage: 'I saw a message that the account is frozen',
        regular: 'None of these (an account I use regularly)',
      },
      keywords: ['account state', 'demo account', 'dormant', 'frozen'],
    },
    xmDemoExpired: {
      title: 'Replace an expired demo account with a new one',
      description:
        'XM demo accounts are reported to stop working after a period without use. Sources give different periods: 90 days or 120 days.',
      short: 'Expired demo account (XM)',
      procedure: [
        'Check whether the account is a demo account: its server name contains “Demo”.',
        'An expired demo account cannot be used again. Apply for a new demo account on XM’s official site (xmtrading.com).',
        'Log in with the new demo account’s login ID, password and server name.',
      ],
      next: 'When you have applied, you are given the new demo account’s login details. Your live accounts are not affected.',
      keywords: ['demo', 'demo account', 'expired', 'expiry'],
      sources: ['xmDemoExpiry'],
    },
    xmNotActivated: {
      title: 'Check on the member page that your new account is ready',
      description:
        'A new live account may not work until its paperwork is done. Check the account’s state and any messages from XM on the member page.',
      short: 'New account not ready (XM)',
      procedure: [
        'Log in to XM’s member page.',
        'Check the account’s state and whether your identity documents have been approved. If a document is missing, submit it as instructed.',
        'Check your e-mail from XM too. If a message says the account is ready, log in with the details it gives.',
      ],
      next: 'How long the document check takes depends on the documents and on how busy XM is. If nothing happens for a long time, contact support at the next step.',
      keywords: ['new account', 'activation', 'not activated', 'verification', 'documents'],
      sources: ['mtStatusMessages'],
    },
    xmMemberPageStatus: {
      title: 'What does the member page show for this account?',
      description:
        'An account unused for 90 days or more may have become dormant. Dormant accounts are reported to still log in in most cases. Check the state on the member page before paying anything in.',
      short: 'Account state on the member page (XM)',
      answers: {
        dormant: 'It is shown as dormant',
        frozenMessage: 'It is shown as frozen (can no longer be used)',
        normal: 'Nothing unusual is shown',
        cannotLogIn: 'I can’t log in to the member page either',
      },
      hint: 'Log in to the member page and look at the account list before you answer.',
      keywords: ['dormant', 'member page', 'account state'],
      sources: ['xmDormancy'],
    },
    xmDormantAccount: {
      title: 'Bring a dormant account back',
      description:
        'An account with money in it and no use for 90 days or more becomes dormant. It is reported to become active again after a deposit, a trade, or a transfer between your own accounts.',
      short: 'Lift dormancy (XM)',
      warning:
        'While an account is dormant, bonuses and XM points are lost, and a monthly maintenance fee (reported as $5, later $10) is taken until the balance reaches zero. An account with no balance left may then be frozen.',
      procedure: [
        'Check on the member page that the account is shown as dormant. If it is not, do not pay anything in.',
        'Choose how to bring it back: a transfer from another of your XM accounts (from ¥500, instant) or a deposit.',
        'When it shows in the account, log in to MT4/MT5 again.',
      ],
      next: 'Deposits by credit card, Pay-easy or Smart Pit arrive at once, online wallets within minutes, and bank transfers in about an hour. Transfers between your own accounts are instant.',
      keywords: ['dormant', 'dormant account', 'fee', 'deposit'],
      sources: ['xmDormancy'],
    },
    xmFrozenAccount: {
      title: 'Open a new account to replace the frozen one',
      description:
        'XM freezes accounts with no trading, deposits or withdrawals for 90 days or more and no money left. A frozen account can’t be used, so open an additional account from the member page.',
      short: 'Frozen account: open a new one (XM)',
      warning:
        '“Frozen” means closed. A frozen account can never be used again. Accounts are also reported to be closed for breaking the terms.',
      procedure: [
        'Log in to XM’s member page.',
        'Apply for an additional (new) trading account.',
        'Your identity and address checks are already done, so this is quick.',
        'Log in to MT4/MT5 with the new account’s login ID and server name.',
      ],
      next: 'You receive the new account’s login details when it is opened. To keep an unused account from freezing, leave money in it or trade once every 90 days.',
      keywords: ['frozen', 'frozen account', 'closed', 'archived'],
      sources: ['xmAccountClosure'],
    },
    xmServerNotice: {
      title: 'Is something happening on XM’s side?',
      description:
        'During maintenance, a server problem or the weekend market closure, you may not be able to log in or trade. Check the member page’s notices and the day and time now.',
      short: 'XM’s side (XM)',
      ...xmNoticeQuestion,
      keywords: ['notice', 'maintenance', 'server problem', 'weekend'],
      sources: ['fxWeekend'],
    },
    xmOutageCheck: {
      title: 'Is it XM’s maintenance or the weekend closure?',
      description:
        'If the internet works but MT4/MT5 won’t connect, or it stays on “Waiting for update”, the reason may be on XM’s side. Check the member page’s notices and the day and time now.',
      short: 'Maintenance, outage or weekend? (XM)',
      ...xmNoticeQuestion,
      keywords: ['waiting for update', 'maintenance', 'outage', 'weekend', 'notice'],
      sources: ['fxWeekend', 'mtStatusMessages'],
    },
    xmPlatformOtherSites: {
      title: 'MT4/MT5 won’t connect: do other sites and apps open?',
      description:
        '“No connection” means MT4/MT5 can’t reach XM’s server. First, check whether this device is connected to the internet.',
      short: 'Do other sites open? (MT4/MT5, XM)',
      ...otherSitesQuestion,
      keywords: ['no connection', 'offline', 'internet', 'connection'],
      sources: ['mtStatusMessages'],
    },
    xmServerMaintenance: {
      title: 'Wait for the server maintenance to end',
      description:
        'During XM’s server maintenance you can’t log in to MT4/MT5 or trade. Wait until the end time in the notice, then log in again.',
      short: 'Wait for maintenance to end (XM)',
      procedure: [
        'Check the planned end time in the member page’s notice.',
        'Wait until then. In the meantime, you can’t log in or trade.',
        'When it is over, log in to MT4/MT5 again.',
      ],
      next: 'Maintenance usually runs late at night, when few people trade, and its times are announced on the member page in advance. If you still can’t log in afterwards, contact support at the next step.',
      keywords: ['maintenance', 'server maintenance'],
    },
    xmServerTrouble: {
      title: 'Wait for the server problem to be fixed',
      description:
        'When XM announces a server problem, there is nothing you can do on your side. Wait until it is fixed, then log in again.',
      short: 'Wait for the server to recover (XM)',
      procedure: [
        'Read what the problem is in the member page’s notice.',
        'Wait until it is fixed. Changing settings or reinstalling won’t help.',
        'When a notice says it is fixed, log in to MT4/MT5 again.',
      ],
      note: 'Stay calm even if you hold positions. During an outage, be wary of anyone who contacts you claiming to be support.',
      next: 'How long it takes depends on the problem. Wait for the notice to be updated. If you still can’t log in once it is fixed, contact support at the next step.',
      keywords: ['server problem', 'outage', 'server trouble', 'down'],
    },
    xmWeekendClosure: {
      title: 'At the weekend, wait for the market to open on Monday morning',
      description:
        'FX markets are closed from Saturday morning to Monday morning. Prices don’t move and orders can’t be placed. XM’s maintenance is also reported to be held mostly at weekends.',
      short: 'Weekend market closure (XM)',
      procedure: [
        'Check the time in Japan. The market is closed from about 6 or 7 a.m. on Saturday until about 6 or 7 a.m. on Monday, one hour earlier during northern-hemisphere summer time.',
        'Check the member page’s notices for weekend maintenance too.',
        'When the market opens on Monday morning, log in to MT4/MT5 again.',
      ],
      next: 'When the market opens, prices start moving and orders can be placed again. If you still can’t log in on Monday morning, contact support at the next step.',
      keywords: ['weekend', 'saturday', 'sunday', 'market closed', 'waiting for update'],
      sources: ['fxWeekend', 'mtStatusMessages'],
    },
    xmServerAddress: {
      title: 'Choose the server again',
      description:
        '“No connection” and “Waiting for update” mean MT4/MT5 is not connected to the server, or not getting data from it. A wrongly chosen server, or a server address that is no longer used, can be the cause.',
      short: 'Choose the server again (XM)',
      procedure: [
        'Check the server name in the account-opening e-mail (for example XMTrading-Real 25).',
        'On the MT4/MT5 login screen, choose the same name from the server list. If it is not in the list, type it as in the e-mail.',
        'Log in again and check that the message disappears.',
      ],
      next: 'Once connected, prices appear within seconds.',
      keywords: ['no connection', 'server', 'waiting for update', 'connection'],
      sources: ['mtStatusMessages'],
    },
    xmResetPassword: {
      title: 'Reset your XM password',
      description:
        'You can make a new password yourself, by e-mail, from the login screen on XM’s official site.',
      short: 'Reset the password (XM)',
      procedure: [
        'From a bookmark or by typing the address, open the member-page login screen on XM’s official site (xmtrading.com) and tap “Forgot password?”.',
        'Enter your login ID and registered e-mail address, and submit.',
        'Open the link in the e-mail XM sends you.',
        'On the reset screen, enter a new password and your account ID. If you use two-factor authentication (2FA), enter the code from your authenticator app too.',
        'Submit: the new password applies. Log in with it.',
      ],
      note: 'It is reported that the member-page password and the MT4/MT5 password can differ. If you don’t know your login ID, go back to the start and choose “I don’t know my login ID or server name”.',
      next: 'The reset e-mail is sent automatically after you submit. If it doesn’t come, check your spam folder and that the registered address is right.',
      keywords: ['password', 'forgot', 'reset'],
      sources: ['xmPasswordSplit'],
    },
    xmWrongSite: {
      title: 'Log in again on the official XMTrading site',
      description:
        'XMTrading (the service for Japan) and XM Global (xm.com) are separate sites run by different companies. An account of one is reported not to log in on the other’s member page.',
      short: 'Check which site you log in on (XM)',
      procedure: [
        'Check the address of the page you are on. For an XMTrading account it is xmtrading.com.',
        'Open xmtrading.com from a bookmark or by typing it, not from a search ad or an e-mail link.',
        'On the member-page login screen, enter your login ID and password again.',
      ],
      next: 'On the right site you can log in at once. If it still says the details are wrong, reset the password at the next step.',
      keywords: ['xm global', 'xm.com', 'site', 'member page', 'wrong site', 'wrong password'],
      sources: ['xmBrands'],
    },
    xmFindAccountEmail: {
      title: 'Find the account-opening e-mail',
      description:
        'XM issues the login ID and server name: you can’t make new ones yourself. They are in the e-mail XM sent when you opened the account.',
      short: 'Find the account e-mail (XM)',
      procedure: [
        'Search your mailbox for “XMTrading” or “account opening”. Look in the spam folder too.',
        'Note the login ID (a number) and the server name (for example XMTrading-Real 25) it gives.',
        'Log in to MT4/MT5 or the member page with them.',
      ],
      next: 'If you can’t find it, ask XM support to send them again at the next step.',
      keywords: ['login id', 'server name', 'forgot', 'e-mail', 'lost'],
    },
    xmSiteUnreachable: {
      title: 'If only XM’s pages won’t open, wait and try again',
      description:
        'If other sites open but XM’s pages don’t, XM may be under maintenance. Wait a while, then open them again.',
      short: 'Wait and try again (XM)',
      procedure: [
        'Close the page or app and wait a while.',
        'Open xmtrading.com again, from a bookmark or by typing it.',
        'If it still won’t open, try another browser at the next step.',
      ],
      note: 'Maintenance mostly runs late at night, when few people trade. During maintenance you can’t log in or trade.',
      next: 'If it was maintenance, the pages open again once it ends.',
      keywords: ['won’t open', 'not loading', 'maintenance'],
    },
    xmRequestLoginId: {
      title: 'Ask XM to send your login ID and server name again',
      description:
        'XM support can send your login ID and server name again. The message to send and the list of what you tried are below.',
      short: 'Request the login ID and server (XM)',
      next: 'To prevent impersonation, support may ask you to verify your identity first. How long a reply takes depends on how busy support is.',
      keywords: ['login id', 'server name', 'resend'],
    },
    xmTwoFactorReset: {
      title: 'Ask XM support to turn off two-factor authentication (2FA)',
      description:
        'If you lost the phone that makes your 2FA codes, or the codes are still rejected after fixing the clock, you can’t turn 2FA off yourself. Ask XM support to do it after checking who you are.',
      short: 'Ask for a 2FA reset (XM)',
      next: 'Expect an identity check. Once 2FA is off, set it up again on the phone you have, and keep its backup codes safe.',
      keywords: ['two-factor', '2fa', 'phone', 'lost phone', 'new phone', 'reset'],
    },
    xmContactSupport: {
      title: 'Contact XM support',
      description:
        'A message to send to XM support when nothing so far has worked. What you already tried is filled in for you.',
      short: 'Contact support (XM)',
      next: 'How long a reply takes depends on how busy support is. If they ask you to verify your identity, follow the instructions from the official site.',
      keywords: ['support', 'contact'],
    },
    xmSolved: {
      title: 'You’re logged in',
      description: 'You can log in to XM again. Here are a few tips so it doesn’t happen again.',
      short: 'Solved (XM)',
      note: 'Keep your login ID, server name and password in a password manager. Trade or move money at least once every 90 days in accounts you rarely use, so they don’t become dormant or frozen. Update MT4/MT5 from time to time.',
    },

    // ---- BitMEX ----
    bitmexSymptom: {
      title: 'BitMEX: what is happening?',
      description: 'Choose the message on your screen, or what comes closest.',
      short: 'Choose the symptom (BitMEX)',
      answerGroups: [
        { heading: 'A message on the screen', answers: ['codeRejected', 'forbidden', 'regionBlocked'] },
        { heading: 'Something else', answers: ['forgotPassword', 'lost2fa', 'rejected', 'notLoading', 'outage'] },
      ],
      answers: {
        codeRejected: 'My two-factor (2FA) code is rejected',
        forbidden: '“403 Forbidden”',
        regionBlocked: 'A message that the service is not available in my country or region',
        forgotPassword: 'I forgot my password',
        lost2fa: 'I lost or replaced the phone that makes my 2FA codes (and have no recovery code)',
        rejected: 'Login fails and I don’t know why',
        notLoading: 'Pages or the app won’t open',
        outage: 'BitMEX reports an outage or maintenance',
      },
      hint: 'If there is no message, choose from “Something else”.',
      keywords: ['symptom', 'error', 'message'],
    },
    bitmexResetPassword: {
      title: 'Reset your BitMEX password',
      description:
        'If you forgot your password, or login fails for no clear reason, reset the password first. You can set a new one by e-mail from the login screen.',
      short: 'Reset the password (BitMEX)',
      procedure: [
        'From a bookmark or by typing the address, open the login screen of BitMEX’s official site (bitmex.com) and tap “Forgot your password or 2FA device?” below the form.',
        'In the “Request password reset” form, enter your registered e-mail address and tap “Reset password”.',
        'In the e-mail you receive, tap the “Reset password” button.',
        'Set a new password and log in.',
      ],
      note: 'A password manager keeps your password safe even if your computer breaks.',
      next: 'The reset e-mail is sent automatically. If it doesn’t come, check your spam folder and that the registered address is right.',
      keywords: ['password', 'forgot', 'reset'],
    },
    bitmexRegionRestricted: {
      title: 'If you live in Japan, check BitMEX’s restriction',
      description:
        'BitMEX has restricted residents of Japan since 1 May 2020. It was reported that new users could not trade and existing users could no longer place orders or open positions. Access is restricted by location.',
      short: 'Restriction for residents of Japan (BitMEX)',
      warning: 'Do not hide your location with a VPN or similar: it breaks BitMEX’s terms.',
      procedure: [
        'On BitMEX’s official site (bitmex.com), read the terms and what they say about countries and regions where the service is not available.',
        'If you live in Japan, resetting the password or changing the browser will not fix this.',
        'For anything else, such as the funds left in your account, contact BitMEX support at the next step.',
      ],
      next: 'The restriction is BitMEX’s policy: nothing on your side changes it. Ignore anyone who offers to lift it for you.',
      keywords: ['japan', 'resident', 'restriction', 'restricted', 'region', 'country', 'vpn'],
      sources: ['bitmexJapan'],
    },
    bitmexServerDown: {
      title: 'Wait for BitMEX’s servers to come back',
      description:
        'If other sites open but BitMEX doesn’t, a big market move may have flooded it with orders and its servers may be down. All you can do is wait for them to recover.',
      short: 'Wait for the servers (BitMEX)',
      procedure: [
        'Check the news or a price chart for a big market move.',
        'Wait a while, then try to log in again.',
        'While it doesn’t connect, wait. There is nothing to do on your side.',
      ],
      note: 'Server outages are one of the most common reasons for failed logins. Stay calm even if you hold positions. During outages, fake support accounts and phishing e-mails multiply.',
      next: 'How long it takes depends on the situation. Wait a while between attempts.',
      keywords: ['server down', 'outage', 'down', 'slow'],
    },
    bitmexLost2fa: {
      title: 'Lost your two-factor (2FA) device? Ask BitMEX support to verify your identity',
      description:
        'If you lost the phone with your 2FA app and have no recovery code (or the codes are still rejected after fixing the clock), you can’t reset 2FA yourself. Ask BitMEX support to verify your identity. The message to send and what you tried are below.',
      short: 'Ask for a 2FA reset (BitMEX)',
      procedure: [
        'Below BitMEX’s login form, tap “Forgot your password or 2FA device?”.',
        'On the reset form that opens, tap the “contact us by e-mail” link.',
        'Use the subject “Lost 2FA device”, and copy and send the message below.',
        'When support tells you how to verify your identity, follow it and send the photos it asks for.',
        'Once approved, 2FA is reset. Log in, set up 2FA again and write down the recovery code.',
      ],
      warning:
        'The name on the account must match your ID document. An account registered under a false name may not be recoverable.',
      note: 'The procedure may change. Read support’s instructions before you prepare photos or documents.',
      next: 'Once support has verified your identity and approved the request, 2FA is reset. Changing or resetting 2FA is reported to block withdrawals for a while (24 hours, by the reports).',
      keywords: ['two-factor', '2fa', 'phone', 'lost phone', 'new phone', 'recovery code'],
      sources: ['bitmex2faLock'],
    },
    bitmexContactSupport: {
      title: 'Contact BitMEX support',
      description:
        'A message in English to send to BitMEX support when nothing so far has worked. What you already tried is filled in for you.',
      short: 'Contact support (BitMEX)',
      next: 'How long a reply takes depends on how busy support is. If they ask you to verify your identity, follow the instructions that came from the official site.',
      keywords: ['support', 'contact'],
    },
    bitmexSolved: {
      title: 'You’re logged in',
      description: 'You can log in to BitMEX again. Here are a few tips so it doesn’t happen again.',
      short: 'Solved (BitMEX)',
      note: 'Write down your two-factor (2FA) recovery code and keep it somewhere safe: if your phone breaks or you change it, you can restore 2FA yourself. Keep your password in a password manager.',
    },

    // ---- Both services: device, connection and browser (no service names here) ----
    fixClock: {
      title: 'Set your phone’s time to automatic and try a new code',
      description:
        'Two-factor (2FA) codes are made from your phone’s clock. A clock that is off is reported to be the most common reason codes are rejected.',
      short: 'Fix the phone’s clock',
      procedure: [
        'On the phone that makes your 2FA codes, turn on automatic date and time. On Android: Settings → System → Date & time; on iPhone: Settings → General → Date & Time.',
        'Wait for the authenticator app to show a new code, and enter it while it is fresh.',
        'If the app holds several accounts, check that you are using the code for the service you are logging in to.',
      ],
      next: 'Once the clock is right, the next code works at once.',
      keywords: ['two-factor', '2fa', 'code', 'authenticator', 'clock', 'time', 'invalid code'],
      sources: ['totpClock'],
    },
    otherSites: {
      title: 'Do other sites and apps open?',
      description: 'Check whether the phone or computer you are using is connected to the internet.',
      short: 'Do other sites open?',
      ...otherSitesQuestion,
      keywords: ['no connection', 'offline', 'internet', 'connection'],
    },
    deviceType: {
      title: 'Is it your phone or your computer that can’t connect?',
      description: 'Phones and computers need different checks, in a different order.',
      short: 'Which device?',
      answers: {
        phone: 'My phone',
        computer: 'My computer',
      },
      keywords: ['device', 'phone', 'computer', 'pc'],
    },
    publicWifi: {
      title: 'Turn off free public Wi-Fi',
      description:
        'Free Wi-Fi in cafés and stations often doesn’t reach the internet until you register. Turn Wi-Fi off and try again.',
      short: 'Turn off public Wi-Fi',
      procedure: [
        'Check on your phone whether it is on Wi-Fi.',
        'If it is on a free Wi-Fi away from home, turn Wi-Fi off.',
        'Open the login screen again over mobile data.',
      ],
      note: 'To keep using that Wi-Fi, complete its registration page.',
      next: 'With Wi-Fi off, the phone switches to mobile data at once.',
      keywords: ['wi-fi', 'wifi', 'public wifi', 'free wifi'],
    },
    mobileData: {
      title: 'Turn on mobile data',
      description:
        'With mobile data off, your phone has no internet where there is no Wi-Fi. Check the setting and turn it on.',
      short: 'Turn on mobile data',
      procedure: [
        'Open the phone’s settings (or Control Center / Quick Settings).',
        'If mobile data is off, turn it on.',
        'Open the login screen again.',
      ],
      next: 'Once it is on, the phone connects within seconds.',
      keywords: ['mobile data', 'cellular', 'data'],
    },
    dataCap: {
      title: 'Check your monthly data allowance',
      description:
        'Once the month’s data allowance is used up, your speed is throttled: logins get slow, or fail at busy times. Check how much data you have left.',
      short: 'Check the data allowance',
      procedure: [
        'Check this month’s remaining data in your mobile carrier’s app or website.',
        'If you have reached the limit, buy more data.',
        'If you don’t, log in again somewhere with stable Wi-Fi, such as at home.',
      ],
      next: 'Speed returns to normal when you add data, or when the next month starts.',
      keywords: ['data cap', 'throttled', 'slow', 'data limit', 'allowance'],
    },
    restartPhone: {
      title: 'Toggle airplane mode, then restart your phone',
      description:
        'A phone’s connection sometimes gets stuck. Turning airplane mode on and off again, or restarting the phone, often reconnects it.',
      short: 'Airplane mode and restart',
      procedure: [
        'Turn airplane mode on, wait about 10 seconds, and turn it off again.',
        'If that doesn’t help, switch the phone off and on again.',
        'Check again whether other sites open.',
      ],
      next: 'A restart takes a minute or two.',
      keywords: ['airplane mode', 'restart', 'reboot'],
    },
    restartRouter: {
      title: 'Restart your router (the Wi-Fi box)',
      description:
        'When a computer can’t connect, the router or modem may have stopped working. Switching it off and on often brings the connection back.',
      short: 'Restart the router',
      procedure: [
        'Switch off the router (and the modem), or unplug it.',
        'Wait about 30 seconds, then switch it on again.',
        'Wait a few minutes for its lights to settle, then check whether other sites open on the computer.',
        'Restarting the computer too sometimes helps.',
      ],
      next: 'The router takes a few minutes to start up.',
      keywords: ['router', 'modem', 'restart', 'wi-fi'],
    },
    anotherNetwork: {
      title: 'Try another network',
      description:
        'Check whether another connection works, such as your phone’s hotspot or another Wi-Fi. If it does, the problem is your usual connection.',
      short: 'Try another network',
      procedure: [
        'Turn on your phone’s hotspot (tethering) and connect the computer to it.',
        'Or connect to another Wi-Fi.',
        'Check whether other sites open. If they do, the problem is your usual connection.',
      ],
      next: 'If it is your usual connection, the next step tells you what to say to your provider.',
      keywords: ['hotspot', 'tethering', 'another network'],
    },
    vpnProxy: {
      title: 'Turn off VPN, proxy and security apps for a moment',
      description:
        'A VPN, a proxy or a security app (antivirus) can block the connection. Turn them off for a moment and try again.',
      short: 'Turn off VPN, proxy and security apps',
      procedure: [
        'If a VPN app or a proxy setting is on, turn it off.',
        'Pause the firewall or “web protection” of your security app for a moment.',
        'Check whether other sites open. When you are done, turn the security app back on.',
      ],
      next: 'You’ll know at once whether it helped.',
      keywords: ['vpn', 'proxy', 'security', 'antivirus', 'firewall'],
    },
    connectionDown: {
      title: 'No internet at all? Ask your provider',
      description:
        'If other sites still don’t open after all this, the problem is your device or its connection. The service you want to log in to can’t fix it: ask your mobile carrier or internet provider.',
      short: 'Ask your provider',
      next: 'Tell your provider’s help desk what the message below says, or send it. Once you are back online, you can return to this diagnosis and carry on.',
      keywords: ['internet', 'no connection', 'provider', 'carrier', 'isp'],
    },
    switchBrowser: {
      title: 'Open it in another browser',
      description:
        'When you get “403 Forbidden” or the page looks broken, the browser may not get on with the site. Open it again in another browser.',
      short: 'Try another browser',
      procedure: [
        'Check which browser you are using. “403 Forbidden” has been reported with Microsoft Edge on Windows 10.',
        'On a computer, use Chrome or Firefox.',
        'On a phone, use Chrome or Safari.',
        'In the other browser, open the official site from a bookmark or by typing its address, and log in again.',
      ],
      next: 'You’ll know at once whether the other browser works.',
      keywords: ['browser', 'edge', 'forbidden', 'broken page'],
    },
  },

  messages: {
    xmLoginIdRequest: {
      lang: 'en',
      to: 'XM support (from the contact page of the official site, xmtrading.com; if you can log in to the member page, also from there)',
      subject: 'Please resend my login ID and server name',
      triedHeading: englishTriedHeading,
      body: [
        'Dear XM Support,',
        '',
        'I no longer know my trading account’s login ID and server name, so I can’t log in.',
        'Could you please send me my login ID and server name again?',
        'I have not put any password or code in this message. If you need to verify my identity, I will follow your instructions.',
        '',
        'Name: [your name]',
        'Registered e-mail: [your registered e-mail]',
        'Registered phone number: [your registered phone number]',
        'Platform: [MT4 or MT5]',
        '',
        ...englishMailClosing,
      ].join('\n'),
      prepare: [
        'Proof of identity (to prevent impersonation): writing from your registered e-mail address, an ID document',
        'Your registered name, e-mail address and phone number',
        'When you opened the account, and which platform (MT4/MT5) you use',
      ],
    },
    xmTwoFactorReset: {
      lang: 'en',
      to: 'XM support (from the contact page of the official site, xmtrading.com)',
      subject: 'Please reset two-factor authentication (2FA) on my account',
      triedHeading: englishTriedHeading,
      body: [
        'Dear XM Support,',
        '',
        'I can no longer use the phone that made my two-factor authentication codes, so I can’t log in.',
        'Could you please tell me how to have 2FA turned off on my account?',
        'I have not put any password or code in this message. If you need to verify my identity, I will follow your instructions.',
        '',
        'Login ID: [your login ID]',
        'Registered e-mail: [your registered e-mail]',
        'What happened: [e.g. my phone broke / was lost / was replaced]',
        '',
        ...englishMailClosing,
      ].join('\n'),
      prepare: [
        'Proof of identity: writing from your registered e-mail address, an ID document',
        'Your registered name, e-mail address and phone number',
      ],
    },
    xmGeneral: {
      lang: 'en',
      to: 'XM support (from the contact page of the official site, xmtrading.com; if you can log in to the member page, also from there)',
      subject: 'I can’t log in to my account',
      triedHeading: englishTriedHeading,
      body: [
        'Dear XM Support,',
        '',
        'I can’t log in to my trading account.',
        'Could you please tell me the cause and how to fix it?',
        'I have not put any password or code in this message. If you need to verify my identity, I will follow your instructions.',
        '',
        'Login ID: [your login ID]',
        'Server name: [your server name]',
        'Registered e-mail: [your registered e-mail]',
        'What I can’t log in to: [member page / MT4 / MT5]',
        'Device and browser: [e.g. iPhone, Safari]',
        'Message on the screen: [e.g. Invalid account]',
        'Since when: [date and time]',
        '',
        ...englishMailClosing,
      ].join('\n'),
      prepare: [
        'Proof of identity (to prevent impersonation): writing from your registered e-mail address, an ID document',
        'Your login ID, server name and registered e-mail address',
        'The message you see (a screenshot helps; make sure no password is visible in it)',
      ],
    },
    bitmexLost2fa: {
      ...bitmexMail.lost2fa,
      to: 'BitMEX support (on the official site, bitmex.com: “Forgot your password or 2FA device?” below the login form → the “contact us by e-mail” link on the reset form)',
      prepare: [
        'A selfie holding a government-issued photo ID (passport, driving licence) together with the sheet below',
        'A sheet of paper with the date you send it, your account username, and the word “BitMEX”',
        'This is what support asked for in a past case. The name on the account must match the ID. The procedure may change: read support’s instructions before you prepare anything.',
      ],
    },
    bitmexGeneral: {
      ...bitmexMail.general,
      to: 'BitMEX support (on the official site, bitmex.com: “Forgot your password or 2FA device?” below the login form → the “contact us by e-mail” link on the reset form)',
      prepare: [
        'Proof of identity (a photo ID)',
        'Your account username and registered e-mail address',
        'The message you see (a screenshot helps; make sure no password is visible in it)',
      ],
    },
    providerHelp: {
      lang: 'en',
      to: 'Your mobile carrier’s or internet provider’s help desk (by phone or chat; from another phone if this device has no connection)',
      subject: 'My internet connection doesn’t work',
      triedHeading: englishTriedHeading,
      body: [
        'Hello,',
        '',
        'My internet connection doesn’t work and I need help.',
        'Could you please tell me the cause and how to fix it?',
        '',
        'Account holder: [your name]',
        'Device: [e.g. iPhone / Windows PC]',
        'Connection that fails: [e.g. mobile data / home Wi-Fi]',
        'Since when: [date and time]',
        '',
        ...englishMailClosing,
      ].join('\n'),
      prepare: ['The account holder’s name and the contract number or customer ID (on your contract or bill)'],
    },
  },
} satisfies Messages;
