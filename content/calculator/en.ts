import type { CalculatorMessages } from './schema';

export const calculatorEn = {
  meta: {
    title: 'Margin and stop-out calculator',
    description:
      'Work out margin level, how far the price may move before a stop-out, what a leverage limit does, the margin of a hedge and which positions a stop-out closes first. Compare XM with five other brokers.',
  },

  page: {
    heading: 'Margin and stop-out calculator',
    lead:
      'If you are locked out while holding positions, you need to know how far the market may move before a stop-out, what a leverage limit will do to your margin level, and which positions a stop-out would close first. XM’s own calculator only gives the required margin, and MT4/MT5 only show today’s figures. This page answers the “what if” questions.',
    howTo:
      'Results update as you type. Full-width digits and thousands separators (１００，０００) are fine. What you enter is kept in the page address, so you can send the link and others see the same figures.',
    spreadNote:
      'The distance to stop-out ignores the spread. In practice, a stop-out can come earlier by the width of the spread.',
    estimate:
      'The results are estimates. Check the figures in your trading platform and the broker’s current terms.',
    noScript:
      'This calculator needs JavaScript. JavaScript is off, so only the results for the example figures are shown.',
    sectionsNav: 'On this page',
  },

  data: {
    sources: {
      articles: 'explanatory articles about XM’s margin and leverage',
      reportedSince2022: 'several third-party sites reporting XM’s changes',
    },
    sourceLine: 'Source: {source} ({date})',
    caveat: 'These figures are the terms their source stated and may have changed. You can override them in the fields.',
    reported:
      'The terms since June 2022 are as third-party sites report them, not XM’s own statement, and the figures differ between sites. Confirm the actual terms on the official site.',
    official: 'Official site ({domain})',
  },

  errors: {
    empty: 'Enter a number.',
    invalid: 'This is not a number. Type digits, for example 100,000 or 1.5.',
    negative: 'Enter 0 or more.',
    notPositive: 'Enter a number greater than 0.',
    badChoice: 'The link said “{value}”, which is not one of the choices, so the default is shown.',
  },

  common: {
    notAvailable: '—',
    leverageValue: '{value}×',
    pipsValue: '{value} pips',
    long: 'Long (buy)',
    short: 'Short (sell)',
    results: 'Results',
    currencies: {
      JPY: 'Japanese yen (JPY)',
      USD: 'US dollar (USD)',
    },
    rangeAtLeast: '{from} or more',
    rangeBetween: '{from} to under {to}',
    rangeBelow: 'under {to}',
  },

  rules: {
    heading: 'Account currency and XM’s rules',
    intro:
      'Every section below uses this account currency and these stop-out and margin-call levels. If XM changes its terms, change the values here.',
    ruleSet: {
      label: 'XM’s leverage terms',
      hint: 'Choosing one fills in the maximum leverage and the equity limits below; you can still edit them.',
    },
    ruleSetNames: {
      reported2022New: 'Since June 2022, new limits (reported, version 1)',
      reported2022Kept: 'Since June 2022, limits as before (reported, version 2)',
      articles: 'Before June 2022 (as the articles state)',
    },
    ruleSetSummary: {
      reported2022New: 'Up to {max}. {caps}. When the total equity of all accounts is {tiers}.',
      reported2022Kept: 'Up to {max}. {caps}. When the total equity of all accounts is {tiers}.',
      articles: 'Up to {max}. When the total equity of all accounts is {tiers}.',
    },
    since: 'from {date}',
    caps: 'Per account type: {caps}',
    cap: '{type} {max}',
    noCaps: 'No per-account-type limit is stated',
    tierItem: 'at least {equity}: {leverage}',
    ruleSetHint: 'The chosen terms fill in the fields below; you can still edit them.',
    currency: { label: 'Account currency' },
    stopOut: {
      label: 'Stop-out level (margin level %)',
      hint: 'Below this margin level, positions are closed by force.',
    },
    marginCall: {
      label: 'Margin-call level (margin level %)',
      hint: 'At this level you are asked to add funds or close positions.',
    },
    maxLeverage: {
      label: 'Maximum leverage (×)',
      hint: 'The limit when no leverage restriction applies.',
    },
  },

  health: {
    heading: 'Account health (margin level)',
    intro:
      'Enter the balance, credit, profit and margin that MT4/MT5 show to see your equity, free margin and margin level, and which zone you are in.',
    balance: { label: 'Balance', hint: 'Deposits plus the profit or loss of closed trades.' },
    credit: { label: 'Credit (bonus)', hint: 'XM counts bonus credit into equity. Enter 0 if you have none.' },
    pnl: { label: 'Floating profit/loss', hint: 'Enter a loss as a negative number, e.g. -10,000.' },
    margin: { label: 'Required margin', hint: 'The “Margin” figure in MT4/MT5: the margin of all open positions.' },
    equity: 'Equity',
    equityFormula: 'Balance + credit + floating P/L',
    freeMargin: 'Free margin',
    freeMarginFormula: 'Equity − required margin. New orders must fit inside it.',
    marginLevel: 'Margin level',
    marginLevelFormula: 'Equity ÷ required margin × 100, shown to 2 decimals as in MT4/MT5.',
    zone: 'Current zone',
    noMargin: 'No open positions (required margin is 0), so there is no margin level.',
    gaugeTitle: 'Margin level zones',
    gaugeDesc: 'A margin level of {level} is in the “{zone}” zone.',
    zonesHeading: 'What each zone means',
    current: 'You are here',
    zones: {
      long: {
        name: 'Safe even long-term',
        meaning: 'Enough room even for long-term positions. For long-term trading, aim for about {longTerm}.',
      },
      short: {
        name: 'Safe for short-term',
        meaning: 'Enough room for short-term trading. To hold positions long-term, raise it to about {longTerm}.',
      },
      addFunds: {
        name: 'Little room',
        meaning:
          'Below {shortTerm}. Consider adding funds or reducing positions. A stop-loss order keeps losses from eating your margin level.',
      },
      withdrawBlocked: {
        name: 'Withdrawals blocked',
        meaning: 'Below {withdrawal} you cannot withdraw funds.',
      },
      marginCall: {
        name: 'Margin call',
        meaning: 'At {marginCall} you get a margin call: you are asked to add funds or close positions.',
      },
      stopOut: {
        name: 'Stop-out',
        meaning: 'Below {stopOut} positions are closed by force, the one with the largest floating loss first.',
      },
      zeroCut: {
        name: 'Zero-cut',
        meaning:
          'If a sudden move leaves a negative balance, zero-cut resets it to 0. You never lose more than you deposited.',
      },
    },
  },

  position: {
    heading: 'Position and distance to stop-out',
    intro:
      'For a position you are about to open: the required margin and how many pips the price may move before a margin call and a stop-out.',
    balance: { label: 'Account balance', hint: 'The balance before opening the position.' },
    credit: { label: 'Credit (bonus)', hint: 'Counted into equity. Enter 0 if you have none.' },
    symbol: { label: 'Symbol' },
    symbolOption: '{label} (1 pip = {pip})',
    symbolNames: {
      USDJPY: 'USD/JPY',
      EURUSD: 'EUR/USD',
      EURJPY: 'EUR/JPY',
      GBPJPY: 'GBP/JPY',
      AUDJPY: 'AUD/JPY',
      GBPUSD: 'GBP/USD',
      XAUUSD: 'Gold (XAU/USD)',
      XAGUSD: 'Silver (XAG/USD)',
    },
    accountType: { label: 'Account type' },
    accountTypeOption: '{name} (1 lot = {units} units)',
    accountTypeNames: {
      standard: 'Standard',
      zero: 'Zero',
      micro: 'Micro',
      kiwami: 'KIWAMI',
    },
    lots: { label: 'Lots' },
    leverage: { label: 'Leverage (×)' },
    price: { label: 'Entry price' },
    rate: {
      label: 'Conversion rate (yen per US dollar)',
      hint: 'The symbol is quoted in {quote} and the account is in {account}, so the USD/JPY rate converts between them.',
    },
    examplePrice: 'Choosing another symbol fills in an example entry price. Replace it with your own.',
    unitsValue: '{units} units',
    unitsValueMetal: '{units} oz',
    units: 'Position size',
    margin: 'Required margin',
    pipValue: 'Profit or loss per pip',
    levelAtEntry: 'Margin level right after entry',
    stopOutEquity: 'Equity at stop-out',
    tolerableLoss: 'Loss you can take before stop-out',
    stopOutDistance: 'Distance to stop-out ({level})',
    stopOutPrice: 'Stop-out price',
    marginCallDistance: 'Distance to margin call ({level})',
    marginCallPrice: 'Margin-call price',
    balanceLeft: 'Funds left after a stop-out (approx.)',
    loss: 'Loss up to the stop-out (approx.)',
    cannotOpen:
      'The required margin ({margin}) is more than your funds ({funds}): this position cannot be opened (entry not possible). Trade fewer lots or deposit more.',
    unreachable: 'The price would have to fall to 0 or below: no stop-out on the way.',
    capped: 'The maximum leverage of a {type} account is {max}, so {max} is used.',
    contractSize: '1 lot = {units} oz. It can differ by account type: check the symbol’s specification on your platform.',
    fixFields: 'A field above has an error, so this cannot be calculated. Fix the fields with a red message.',
    methodHeading: 'How it is calculated',
    method: [
      'Required margin = price × units ÷ leverage (converted to the account currency)',
      'Equity at stop-out = required margin × stop-out level',
      'Loss you can take = balance + credit − equity at stop-out',
      'Distance (pips) = loss you can take ÷ profit or loss per pip',
      'A long position is stopped out at entry − distance, a short one at entry + distance.',
    ],
    creditNote: 'If you have credit, part of the funds left after a stop-out is credit, not money you can withdraw.',
    roundingNote: 'Distances and prices are rounded towards an earlier stop-out.',
    chart: {
      title: 'Margin level against price',
      desc:
        'Price on the horizontal axis, margin level on the vertical axis. At the entry price {entry} the margin level is {level}. A long position gets a margin call at {longMarginCall} and is stopped out at {longStopOut}; a short one gets a margin call at {shortMarginCall} and is stopped out at {shortStopOut}.',
      priceAxis: 'Price',
      levelAxis: 'Margin level',
      marginCallLine: 'Margin call {level}',
      stopOutLine: 'Stop-out {level}',
      entry: 'Entry',
      scaleNote: 'Each zone has the same height on the vertical axis, so the scale is not even.',
      none: 'There is no distance to stop-out, so there is nothing to draw.',
    },
  },

  leverage: {
    heading: 'Leverage limit',
    intro:
      'XM sets your maximum leverage from the equity of all your accounts together (up to 8), not per account. Floating profit and loss count, and the limit applies even with open positions (not instantly: an e-mail announces it).',
    tiersSummary: 'Leverage is limited when the total is {tiers} (below that: {max}).',
    accountsLegend: 'Equity of each account',
    accountEquity: 'Equity of account {n}',
    accountCurrency: 'Currency of account {n}',
    accountHint: 'Equity including floating profit and loss.',
    account1Note: 'Account 1 is taken as the account holding the open positions.',
    addAccount: 'Add an account',
    removeAccount: 'Remove account {n}',
    maxAccounts: 'At most {max} accounts.',
    rate: { label: 'Conversion rate (yen per US dollar)', hint: 'Converts yen equity into US dollars.' },
    openMargin: {
      label: 'Required margin of account 1’s positions',
      hint: 'At the current leverage, in account 1’s currency.',
    },
    currentLeverage: { label: 'Account 1’s current leverage (×)' },
    total: 'Total equity',
    totalValue: '{usd} ({jpy})',
    maxLeverageResult: 'Maximum leverage that applies',
    noLimit: 'No limit applies: your leverage stays as it is.',
    limited: 'Leverage drops from {from} to {to}.',
    tableCaption: 'Effect on account 1’s positions',
    rowHeader: 'Situation',
    before: 'Before the limit',
    after: 'After the limit',
    eventColumn: 'During events ({value})',
    marginRow: 'Required margin',
    levelRow: 'Margin level',
    warning:
      'Lower leverage raises the required margin, so the margin level drops at once. A sharp move after that can hit the {stopOut} stop-out.',
    eventHeading: 'Leverage limits around events',
    event:
      'Before scheduled high-volatility events (past examples: the UK’s EU referendum, EU summits on the Greek debt crisis), leverage is limited for everyone to roughly {value}. It is announced in advance on the website and by e-mail, and restored after the event.',
    restoreHeading: 'Getting {max} back',
    restoreSteps: [
      'Bring the total equity of all your accounts below {tier1} (for example by withdrawing).',
      'E-mail support from XM’s official site with a subject like “Leverage change request”; in the body, give your account ID and ask for leverage 1:{max}. Never write your password.',
    ],
    tiersLegend: 'Leverage limit rules (you can change them)',
    tiersFrom: 'They start as the terms “{ruleSet}”. You can add and remove limits.',
    tierEquity: 'Limit {n}: total equity from (USD)',
    tierLeverage: 'Limit {n}: maximum leverage (×)',
    addTier: 'Add a limit',
    removeTier: 'Remove limit {n}',
    maxTiers: 'At most {max} limits.',
    noTiers: 'No limits: the maximum leverage applies whatever the total.',
    eventLeverage: { label: 'Maximum leverage during events (×)' },
    needsAccounts: 'Some fields need fixing before this can be calculated: see the red messages.',
  },

  recovery: {
    heading: 'Raising margin level without the trading platform',
    intro:
      'Even when you cannot log in to MT4/MT5, the member page or the phone app may still let you raise your margin level. From the figures in “Account health”, this works out how much each way needs to reach the margin level you choose.',
    target: { label: 'Margin level to reach (%)', hint: 'For example 150% (withdrawals possible), 500% for short-term trading, 1000% for long-term.' },
    status: 'Margin level now: {level}; target: {target}.',
    reached: 'The margin level is already at or above the target.',
    needsHealth: '“Account health” has a field with an error, so this cannot be calculated.',
    noMargin: 'No positions (required margin 0): there is no margin level to raise.',
    toAdd: 'Equity to add to reach the target',
    ways: {
      deposit: {
        heading: 'Deposit',
        text: 'A deposit from the member page raises equity. How fast it arrives:',
        speeds: ['Credit card, Pay-easy, Smart Pit: at once', 'Online wallets: within minutes', 'Bank transfer: about an hour'],
      },
      transfer: {
        heading: 'Move funds from another of your accounts',
        text: 'In the member page you can move funds between your own XM accounts at once. Credit (bonus) moves in the same proportion as the funds.',
      },
      points: {
        heading: 'Exchange XM points for bonus',
        text: 'XM points earned by trading can be exchanged for bonus credit in the member page; credit counts into equity.',
      },
      partialClose: {
        heading: 'Close part of a position',
        text: 'If the platform still works on one of your devices, closing part of a position lowers the required margin.',
        steps: [
          'MT4 on a PC: double-click the position’s row (not its S/L or T/P cell), enter the lots and close them.',
          'The MT4/MT5 phone app has the same operation: pick the position, choose to close it and enter fewer lots than you hold.',
        ],
      },
    },
    amount: 'Amount needed: {amount}',
    transferMinimum: 'A transfer moves at least {minimum}.',
    closeShare: 'Share to close: about {share} of the positions (required margin down to {margin})',
    closeAll: 'Equity is zero or less, so a partial close cannot reach the target.',
    memberPage: 'Deposits, transfers and the points exchange are done in the member page on XM’s official site.',
  },

  hedge: {
    heading: 'Hedged positions',
    intro: 'The required margin when you hold a buy and a sell on the same symbol at the same time (a hedge).',
    assetClass: { label: 'Kind of symbol' },
    assetClasses: {
      fx: 'FX (currency pair)',
      metal: 'Gold or silver',
      cfd: 'Other CFD (stock index, oil…)',
    },
    buyLots: { label: 'Buy volume (lots)' },
    sellLots: { label: 'Sell volume (lots)' },
    unitsPerLot: { label: 'Units per lot', hint: 'FX on a Standard account: 100,000 units.' },
    price: {
      label: 'Price (in the account currency)',
      hint: 'For a symbol quoted in another currency, enter the price converted into your account currency.',
    },
    leverage: { label: 'Leverage (×)' },
    hedged: 'Required margin of the hedge',
    unhedged: 'Without the hedge rule (buy + sell)',
    buyOnly: 'If you close the sell and keep the buy',
    sellOnly: 'If you close the buy and keep the sell',
    ruleFx:
      'FX, gold and silver: equal buy and sell volumes need no margin. When one side is larger, only the excess needs margin.',
    ruleCfd: 'Other CFDs: a hedge still needs {ratio} of the margin of each side.',
    cautionHeading: 'Before you hedge',
    cautions: [
      'Spread widening and negative swap still lower your equity, so a hedged account can still be stopped out.',
      'Closing one leg removes the hedge: the remaining leg needs its full margin, and the margin level can drop straight to the stop-out level.',
    ],
  },

  positions: {
    heading: 'Several positions: the stop-out order',
    intro:
      'A stop-out does not close every position at once. It closes the position with the largest floating loss first, then the next, until the margin level is back at {stopOut} or more; the rest stay open.',
    balance: { label: 'Balance' },
    credit: { label: 'Credit (bonus)' },
    tableCaption: 'Open positions (required margin and floating P/L)',
    nameColumn: 'Position',
    marginColumn: 'Required margin',
    pnlColumn: 'Floating P/L',
    actionColumn: 'Remove',
    nameLabel: 'Name of position {n}',
    marginLabel: 'Required margin of position {n}',
    pnlLabel: 'Floating P/L of position {n}',
    unnamed: 'Position {n}',
    add: 'Add a position',
    remove: 'Remove “{name}”',
    maxRows: 'At most {max} positions.',
    empty: 'No positions. Use “Add a position” to enter one.',
    scrollHint: 'If the table is wider than your screen, scroll it sideways.',
    start: 'Equity is {equity}, required margin {margin}, margin level {level}.',
    safe: 'The margin level is {stopOut} or more, so nothing is closed.',
    orderHeading: 'What the stop-out closes, in order',
    step: '{n}. Close “{name}” (P/L {pnl}) → margin level {level}',
    stepLast: '{n}. Close “{name}” (P/L {pnl}) → no positions left',
    remaining: 'Stays open: {names}',
    noneRemaining: 'Every position is closed.',
    finalBalance: 'Balance after the closes: {balance}',
    zeroCut: 'The balance would be {negative}, so zero-cut resets it to 0.',
    listSeparator: ', ',
    invalidRows: 'Some fields need fixing before this can be calculated: see the red messages.',
    perAccount:
      'Stop-out works per account: positions in your other accounts are untouched, and a stop-out does not freeze the account. (The leverage limit, by contrast, adds all accounts together.)',
    hedgeNote:
      'Hedged legs are taken as separate rows. When the stop-out closes one leg of a hedge, the other leg needs its full margin, so the real margin level is lower than shown here.',
  },

  brokers: {
    heading: 'Broker comparison',
    intro:
      'The balance and position from “Position and distance to stop-out”, at each broker’s maximum leverage and stop-out level. You can change the leverage and the stop-out level.',
    caption: 'Distance to stop-out by broker',
    brokerColumn: 'Broker',
    leverageColumn: 'Max leverage (×)',
    stopOutColumn: 'Stop-out level (%)',
    marginColumn: 'Required margin',
    distanceColumn: 'Distance to stop-out',
    longColumn: 'Long stop-out price',
    shortColumn: 'Short stop-out price',
    leverageLabel: '{broker} maximum leverage',
    stopOutLabel: '{broker} stop-out level',
    cannotOpen: 'Entry not possible',
    needsPosition: 'Fix the fields of “Position and distance to stop-out” to compare brokers.',
    scrollHint: 'Scroll the table sideways to see every column.',
    reset: 'Restore the brokers’ figures',
    sourceColumn: 'Source',
  },

  share: {
    heading: 'Share this calculation',
    intro:
      'Opening the address below shows the calculator filled in exactly as it is now. Send it to support or to someone helping you.',
    label: 'Address of this calculation',
    copy: 'Copy the address',
    copied: 'Copied',
    failed: 'Could not copy. Select the address and copy it yourself.',
    reset: 'Reset every field to its starting value',
  },
} satisfies CalculatorMessages;
