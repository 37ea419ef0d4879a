import type { CalculatorMessages } from './schema';

export const calculatorJa = {
  meta: {
    title: '証拠金・ロスカット計算ツール',
    description:
      '証拠金維持率、ロスカットまでの値幅と価格、レバレッジ制限の影響、両建ての必要証拠金、複数ポジションのロスカット順を計算できます。XMと他社のロスカット水準も比べられます。',
  },

  page: {
    heading: '証拠金・ロスカット計算ツール',
    lead:
      'ログインできない間もポジションを持っている時は、「価格があとどれだけ動いたらロスカットされるか」「レバレッジが制限されたら証拠金維持率はどうなるか」「どのポジションから決済されるか」を知っておくことが大切です。XM公式の計算ツールは必要証拠金まで、MT4/MT5は今の数値までしか表示しません。このページでは「もしこうなったら」を計算できます。',
    howTo:
      '入力するとすぐに計算し直します。全角数字やカンマ区切り（１００，０００）でも入力できます。入力した内容はページのURLに入るので、URLを送れば同じ計算結果を見てもらえます。',
    spreadNote:
      'ロスカットまでの値幅と価格は、スプレッドを考えない計算です。実際にはスプレッドの分だけ早くロスカットされることがあります。',
    estimate:
      '計算結果は目安です。実際の判定は取引画面の数値と、ブローカーの最新の条件で確認してください。',
    noScript:
      'この計算ツールはJavaScriptを使います。JavaScriptがオフのため、例の数値での計算結果だけを表示しています。',
    sectionsNav: 'このページの内容',
  },

  data: {
    sources: {
      articles: 'XMの証拠金・レバレッジについての解説記事',
      reportedSince2022: 'XMの条件変更を伝える複数の解説サイト',
    },
    sourceLine: '出典: {source}（{date}）',
    caveat:
      'ここにある数値は出典に書かれていた条件で、今の条件とは違うことがあります。入力欄で変更できます。',
    reported:
      '2022年6月以降の条件は、XM公式ではなく解説サイトで案内されている内容で、サイトによって数値が違います。実際の条件は公式サイトで確認してください。',
    official: '公式サイト（{domain}）',
  },

  errors: {
    empty: '数値を入力してください。',
    invalid: '数値として読み取れません。数字で入力してください（例: 100,000 や 1.5）。',
    negative: '0以上の数値を入力してください。',
    notPositive: '0より大きい数値を入力してください。',
    badChoice: 'リンクに含まれていた「{value}」は選択肢にないため、初期設定を表示しています。',
  },

  common: {
    notAvailable: '—',
    leverageValue: '{value}倍',
    pipsValue: '{value} pips',
    long: '買い（ロング）',
    short: '売り（ショート）',
    results: '計算結果',
    currencies: {
      JPY: '日本円（JPY）',
      USD: '米ドル（USD）',
    },
    rangeAtLeast: '{from}以上',
    rangeBetween: '{from}以上{to}未満',
    rangeBelow: '{to}未満',
  },

  rules: {
    heading: '口座通貨とXMの条件',
    intro:
      '下のすべての計算で、この口座通貨とロスカット水準・マージンコール水準を使います。XMの条件が変わった時は、ここで値を変えてください。',
    ruleSet: {
      label: 'XMのレバレッジ条件',
      hint: '選ぶと、最大レバレッジと有効証拠金による制限の欄にその数値が入ります。入れた後で変更もできます。',
    },
    ruleSetNames: {
      reported2022New: '2022年6月以降・新しい制限額（案内されている説の1）',
      reported2022Kept: '2022年6月以降・以前と同じ制限額（案内されている説の2）',
      articles: '2022年6月より前（解説記事の条件）',
    },
    ruleSetSummary: {
      reported2022New: '最大{max}。{caps}。全口座の有効証拠金の合計が{tiers}。',
      reported2022Kept: '最大{max}。{caps}。全口座の有効証拠金の合計が{tiers}。',
      articles: '最大{max}。全口座の有効証拠金の合計が{tiers}。',
    },
    since: '{date}から',
    caps: '口座タイプ別の上限: {caps}',
    cap: '{type}は{max}',
    noCaps: '口座タイプ別の上限は書かれていません',
    tierItem: '{equity}以上で{leverage}',
    ruleSetHint: '選んだ条件の数値が下の欄に入ります。入れた後で変更もできます。',
    currency: { label: '口座通貨' },
    stopOut: {
      label: '強制ロスカット水準（証拠金維持率 %）',
      hint: '証拠金維持率がこの値を下回ると、ポジションが強制的に決済されます。',
    },
    marginCall: {
      label: 'マージンコール水準（証拠金維持率 %）',
      hint: 'この値になると、追加入金かポジションの決済を求められます。',
    },
    maxLeverage: {
      label: '最大レバレッジ（倍）',
      hint: 'レバレッジ制限がかかっていない時の上限です。',
    },
  },

  health: {
    heading: '口座の状態（証拠金維持率）',
    intro:
      'MT4/MT5に表示される残高・クレジット・損益・証拠金を入力すると、有効証拠金、余剰証拠金、証拠金維持率と、今どの段階にいるかがわかります。',
    balance: { label: '残高', hint: '入金額に、決済済みの取引の損益を足した金額です。' },
    credit: { label: 'クレジット（ボーナス）', hint: 'XMではボーナスも有効証拠金に含まれます。ない場合は0です。' },
    pnl: { label: '含み損益', hint: '含み損はマイナスで入力します（例: -10,000）。' },
    margin: { label: '必要証拠金', hint: 'MT4/MT5の「証拠金」の値で、持っているポジションの証拠金の合計です。' },
    equity: '有効証拠金',
    equityFormula: '残高＋クレジット＋含み損益',
    freeMargin: '余剰証拠金',
    freeMarginFormula: '有効証拠金−必要証拠金。新しい注文はこの範囲でしか出せません。',
    marginLevel: '証拠金維持率',
    marginLevelFormula: '有効証拠金÷必要証拠金×100。MT4/MT5と同じく小数点以下2桁で表示します。',
    zone: '今の段階',
    noMargin: 'ポジションがない（必要証拠金が0）ため、証拠金維持率は計算されません。',
    gaugeTitle: '証拠金維持率の段階',
    gaugeDesc: '証拠金維持率 {level} は「{zone}」の段階です。',
    zonesHeading: '各段階の意味',
    current: '今ここ',
    zones: {
      long: {
        name: '長期保有でも安心',
        meaning: '長期保有でも余裕がある水準です。長期なら{longTerm}程度を目安にしましょう。',
      },
      short: {
        name: '短期売買なら安心',
        meaning: '短期売買なら余裕があります。長期保有するなら{longTerm}程度まで上げておくと安心です。',
      },
      addFunds: {
        name: '余裕が少ない',
        meaning:
          '{shortTerm}を下回っています。追加入金やポジションの縮小を考えましょう。損切り注文を置いておくと、維持率が下がり続けるのを防げます。',
      },
      withdrawBlocked: {
        name: '出金できない',
        meaning: '{withdrawal}を下回っている間は出金できません。',
      },
      marginCall: {
        name: 'マージンコール',
        meaning: '{marginCall}でマージンコールとなり、追加入金かポジションの決済を求められます。',
      },
      stopOut: {
        name: '強制ロスカット',
        meaning: '{stopOut}を下回ると、含み損の大きいポジションから強制的に決済されます。',
      },
      zeroCut: {
        name: 'ゼロカット',
        meaning:
          '急な値動きで残高がマイナスになっても、ゼロカットで0に戻されます。入金額より大きな損失にはなりません。',
      },
    },
  },

  position: {
    heading: 'ポジションとロスカットまでの値幅',
    intro:
      'これから持つポジションの必要証拠金と、価格があと何pips動いたらマージンコール・ロスカットになるかを計算します。',
    balance: { label: '口座残高', hint: 'ポジションを持つ前の残高です。' },
    credit: { label: 'クレジット（ボーナス）', hint: '有効証拠金に含めて計算します。ない場合は0です。' },
    symbol: { label: '銘柄' },
    symbolOption: '{label}（1pip＝{pip}）',
    symbolNames: {
      USDJPY: '米ドル/円（USD/JPY）',
      EURUSD: 'ユーロ/米ドル（EUR/USD）',
      EURJPY: 'ユーロ/円（EUR/JPY）',
      GBPJPY: '英ポンド/円（GBP/JPY）',
      AUDJPY: '豪ドル/円（AUD/JPY）',
      GBPUSD: '英ポンド/米ドル（GBP/USD）',
      XAUUSD: '金（ゴールド、XAU/USD）',
      XAGUSD: '銀（シルバー、XAG/USD）',
    },
    accountType: { label: '口座タイプ' },
    accountTypeOption: '{name}（1ロット＝{units}通貨）',
    accountTypeNames: {
      standard: 'スタンダード口座',
      zero: 'ゼロ口座',
      micro: 'マイクロ口座',
      kiwami: 'KIWAMI極口座',
    },
    lots: { label: 'ロット数' },
    leverage: { label: 'レバレッジ（倍）' },
    price: { label: 'エントリー価格' },
    rate: {
      label: '換算レート（1米ドル＝何円）',
      hint: '{quote}建ての銘柄を{account}の口座で計算するため、米ドル/円のレートで換算します。',
    },
    examplePrice: '銘柄を変えると、エントリー価格に例の値が入ります。実際の価格に書き換えてください。',
    unitsValue: '{units}通貨',
    unitsValueMetal: '{units}オンス',
    units: 'ポジションの数量',
    margin: '必要証拠金',
    pipValue: '1pip動いた時の損益',
    levelAtEntry: 'エントリー直後の証拠金維持率',
    stopOutEquity: 'ロスカットになる時の有効証拠金',
    tolerableLoss: 'ロスカットまでに耐えられる損失',
    stopOutDistance: 'ロスカット（{level}）までの値幅',
    stopOutPrice: 'ロスカットになる価格',
    marginCallDistance: 'マージンコール（{level}）までの値幅',
    marginCallPrice: 'マージンコールになる価格',
    balanceLeft: 'ロスカット後に残る資金（目安）',
    loss: 'ロスカットまでの損失（目安）',
    cannotOpen:
      '必要証拠金（{margin}）が資金（{funds}）を上回るため、このポジションは持てません（エントリー不可）。ロット数を減らすか、入金してください。',
    unreachable: '価格が0以下になるまでロスカットされません。',
    capped: '{type}の最大レバレッジは{max}のため、{max}で計算しています。',
    contractSize: '1ロット＝{units}オンス。口座タイプによって違うことがあるため、取引画面の銘柄仕様で確認してください。',
    fixFields: '入力に誤りがあるため、計算できません。赤いメッセージの欄を直してください。',
    methodHeading: '計算のしかた',
    method: [
      '必要証拠金＝価格×数量÷レバレッジ（口座通貨に換算）',
      'ロスカットになる時の有効証拠金＝必要証拠金×ロスカット水準',
      '耐えられる損失＝残高＋クレジット−ロスカットになる時の有効証拠金',
      '値幅（pips）＝耐えられる損失÷1pipの損益',
      '買いは「エントリー価格−値幅」、売りは「エントリー価格＋値幅」でロスカットになります。',
    ],
    creditNote:
      'クレジットがある場合、ロスカット後に残る資金の一部はクレジットで、出金できるお金ではありません。',
    roundingNote: '値幅と価格は、ロスカットが早めになる側に丸めて表示しています。',
    chart: {
      title: '価格と証拠金維持率のグラフ',
      desc:
        '横軸が価格、縦軸が証拠金維持率です。エントリー価格 {entry} での証拠金維持率は {level}。買いは {longMarginCall} でマージンコール、{longStopOut} でロスカット。売りは {shortMarginCall} でマージンコール、{shortStopOut} でロスカットになります。',
      priceAxis: '価格',
      levelAxis: '証拠金維持率',
      marginCallLine: 'マージンコール {level}',
      stopOutLine: 'ロスカット {level}',
      entry: 'エントリー',
      scaleNote: '縦軸は段階ごとに同じ高さで描いているため、目盛りは等間隔ではありません。',
      none: 'ロスカットまでの値幅がないため、グラフは表示できません。',
    },
  },

  leverage: {
    heading: 'レバレッジ制限の影響',
    intro:
      'XMの最大レバレッジは、口座ごとではなく1人の全口座（最大8口座）の有効証拠金の合計で決まります。含み損益も含めて判定され、ポジションを持っていても制限がかかります（すぐにではなく、メールで知らされます）。',
    tiersSummary: '合計が{tiers}に制限されます（それ未満は{max}）。',
    accountsLegend: '口座ごとの有効証拠金',
    accountEquity: '口座{n}の有効証拠金',
    accountCurrency: '口座{n}の通貨',
    accountHint: '含み損益を含めた有効証拠金を入力してください。',
    account1Note: '口座1を、ポジションを持っている口座として計算します。',
    addAccount: '口座を追加',
    removeAccount: '口座{n}を削除',
    maxAccounts: '口座は最大{max}つまでです。',
    rate: { label: '換算レート（1米ドル＝何円）', hint: '円の有効証拠金を米ドルに換算するために使います。' },
    openMargin: {
      label: '口座1のポジションの必要証拠金',
      hint: '今のレバレッジでの必要証拠金で、口座1の通貨で入力します。',
    },
    currentLeverage: { label: '口座1の今のレバレッジ（倍）' },
    total: '有効証拠金の合計',
    totalValue: '{usd}（{jpy}）',
    maxLeverageResult: '適用される最大レバレッジ',
    noLimit: '制限はかかりません。今のレバレッジのままです。',
    limited: 'レバレッジが{from}から{to}に下がります。',
    tableCaption: '口座1のポジションへの影響',
    rowHeader: '状況',
    before: '制限前',
    after: '制限後',
    eventColumn: 'イベント時（{value}）',
    marginRow: '必要証拠金',
    levelRow: '証拠金維持率',
    warning:
      'レバレッジが下がると必要証拠金が増えるため、証拠金維持率はすぐに下がります。その後に相場が大きく動くと、{stopOut}のロスカットにかかることがあります。',
    eventHeading: 'イベント時のレバレッジ制限',
    event:
      '英国のEU離脱を問う国民投票や、ギリシャの債務問題をめぐるEU首脳会議のように、大きな値動きが予想されるイベントの前には、全員のレバレッジが{value}程度に制限されることがあります。事前にサイトとメールで知らされ、イベントの後に元に戻ります。',
    restoreHeading: '{max}に戻すには',
    restoreSteps: [
      '全口座の有効証拠金の合計を{tier1}未満にします（出金など）。',
      'XM公式サイトのサポート窓口にメールで依頼します。件名は「レバレッジ変更のお願い」などとし、本文に口座IDと「レバレッジを1:{max}に変更してください」と書きます。パスワードは書きません。',
    ],
    tiersLegend: 'レバレッジ制限の条件（変更できます）',
    tiersFrom: '初めの値は「{ruleSet}」の条件です。段は増やしたり減らしたりできます。',
    tierEquity: '{n}段目: 合計有効証拠金（米ドル）',
    tierLeverage: '{n}段目: 最大レバレッジ（倍）',
    addTier: '制限の段を追加',
    removeTier: '{n}段目を削除',
    maxTiers: '制限の段は最大{max}つまでです。',
    noTiers: '制限の段がないため、合計がいくらでも最大レバレッジのままです。',
    eventLeverage: { label: 'イベント時の最大レバレッジ（倍）' },
    needsAccounts: '入力に誤りがあるため、計算できません。赤いメッセージの欄を直してください。',
  },

  recovery: {
    heading: '取引画面を使えない時に証拠金維持率を上げる方法',
    intro:
      'MT4/MT5にログインできなくても、会員ページやスマホのアプリから証拠金維持率を上げられることがあります。「口座の状態」に入力した数値から、目標の証拠金維持率まで上げるのに必要な額を計算します。',
    target: { label: '目標の証拠金維持率（%）', hint: '例: 出金できる150%、短期売買なら500%、長期なら1000%。' },
    status: '今の証拠金維持率は{level}、目標は{target}です。',
    reached: 'すでに目標の証拠金維持率以上です。',
    needsHealth: '「口座の状態」の入力に誤りがあるため、計算できません。',
    noMargin: 'ポジションがない（必要証拠金が0）ため、証拠金維持率を上げる必要はありません。',
    toAdd: '目標までに増やす有効証拠金',
    ways: {
      deposit: {
        heading: '入金する',
        text: '会員ページから入金すると、有効証拠金が増えます。反映までの目安:',
        speeds: [
          'クレジットカード・ペイジー・スマートピット: すぐに反映',
          'オンラインウォレット: 数分',
          '銀行振込: 1時間ほど',
        ],
      },
      transfer: {
        heading: '自分の別の口座から移す（口座間資金移動）',
        text: '会員ページから、自分のほかのXM口座の資金をすぐに移せます。クレジット（ボーナス）も資金と同じ割合で一緒に移ります。',
      },
      points: {
        heading: 'XMポイントをボーナスに交換する',
        text: '取引でたまったXMポイントを、会員ページでボーナス（クレジット）に交換できます。クレジットも有効証拠金に含まれます。',
      },
      partialClose: {
        heading: 'ポジションの一部を決済する（一部決済）',
        text: 'どれかの端末の取引画面が使えるなら、ポジションを一部決済すると必要証拠金が減ります。',
        steps: [
          'パソコンのMT4: ポジションの行（決済逆指値・指値の欄以外）をダブルクリックし、ロット数を入れて決済します。',
          'スマホのMT4/MT5アプリにも同じ操作があります。ポジションを選んで決済を選び、持っているより少ないロット数を入れて決済します。',
        ],
      },
    },
    amount: '必要な額: {amount}',
    transferMinimum: '1回に移せるのは{minimum}からです。',
    closeShare: '決済する割合: ポジションの約{share}（必要証拠金を{margin}まで減らす）',
    closeAll: '有効証拠金が0以下のため、一部決済では目標に届きません。',
    memberPage: '入金・資金移動・ポイント交換は、XM公式サイトの会員ページで行います。',
  },

  hedge: {
    heading: '両建ての必要証拠金',
    intro: '同じ銘柄で買いと売りを同時に持つ（両建てする）時の必要証拠金を計算します。',
    assetClass: { label: '銘柄の種類' },
    assetClasses: {
      fx: 'FX（通貨ペア）',
      metal: '金・銀',
      cfd: 'その他のCFD（株価指数・原油など）',
    },
    buyLots: { label: '買いのロット数' },
    sellLots: { label: '売りのロット数' },
    unitsPerLot: { label: '1ロットの数量', hint: 'スタンダード口座のFXは100,000通貨です。' },
    price: {
      label: '価格（口座通貨建て）',
      hint: '口座通貨と違う通貨建ての銘柄は、口座通貨に換算した価格を入力してください。',
    },
    leverage: { label: 'レバレッジ（倍）' },
    hedged: '両建ての必要証拠金',
    unhedged: '両建ての扱いがない場合（買いと売りの合計）',
    buyOnly: '売りを決済して買いだけ残した場合',
    sellOnly: '買いを決済して売りだけ残した場合',
    ruleFx:
      'FX・金・銀は、買いと売りが同じ数量なら必要証拠金は0です。数量が違う時は、多い側の差の分だけ必要になります。',
    ruleCfd: 'その他のCFDは、両建てでも買いと売りそれぞれの証拠金の{ratio}が必要です。',
    cautionHeading: '両建ての注意点',
    cautions: [
      'スプレッドの拡大やマイナスのスワップで有効証拠金は減るため、両建てでもロスカットされることがあります。',
      '片方を決済すると両建てではなくなり、残ったポジションに全額の証拠金が必要になります。証拠金維持率が一気にロスカット水準まで下がることがあります。',
    ],
  },

  positions: {
    heading: '複数ポジションのロスカット順',
    intro:
      'ロスカットでは、すべてのポジションが一度に決済されるわけではありません。含み損の最も大きいポジションから順に、証拠金維持率が{stopOut}以上に戻るまで決済され、残りはそのまま残ります。',
    balance: { label: '残高' },
    credit: { label: 'クレジット（ボーナス）' },
    tableCaption: 'ポジション一覧（必要証拠金と含み損益）',
    nameColumn: 'ポジション',
    marginColumn: '必要証拠金',
    pnlColumn: '含み損益',
    actionColumn: '削除',
    nameLabel: 'ポジション{n}の名前',
    marginLabel: 'ポジション{n}の必要証拠金',
    pnlLabel: 'ポジション{n}の含み損益',
    unnamed: 'ポジション{n}',
    add: 'ポジションを追加',
    remove: '「{name}」を削除',
    maxRows: 'ポジションは最大{max}件まで入力できます。',
    empty: 'ポジションがありません。「ポジションを追加」から入力してください。',
    scrollHint: '表が画面に収まらない時は、横にスクロールできます。',
    start: '今の有効証拠金は{equity}、必要証拠金は{margin}で、証拠金維持率は{level}です。',
    safe: '証拠金維持率が{stopOut}以上なので、ロスカットはされません。',
    orderHeading: 'ロスカットで決済される順番',
    step: '{n}番目:「{name}」（含み損益 {pnl}）を決済 → 証拠金維持率 {level}',
    stepLast: '{n}番目:「{name}」（含み損益 {pnl}）を決済 → ポジションはなくなります',
    remaining: '残るポジション: {names}',
    noneRemaining: 'すべてのポジションが決済されます。',
    finalBalance: '決済後の残高: {balance}',
    zeroCut: '残高が{negative}になるため、ゼロカットで0に戻されます。',
    listSeparator: '、',
    invalidRows: '入力に誤りがあるため、計算できません。赤いメッセージの欄を直してください。',
    perAccount:
      'ロスカットは口座ごとに行われます。ほかの口座のポジションには影響せず、ロスカットされても口座が凍結されるわけではありません（全口座の合計で判定されるレバレッジ制限とは違います）。',
    hedgeNote:
      '両建てのポジションは、1行ずつ別のポジションとして計算します。両建ての片方が決済されると、残った側に全額の証拠金が必要になり、実際の証拠金維持率はここに表示される値より低くなります。',
  },

  brokers: {
    heading: '他社とのロスカット比較',
    intro:
      '「ポジションとロスカットまでの値幅」に入力した残高とポジションで、各社の最大レバレッジとロスカット水準を使った場合の値幅を比べます。レバレッジとロスカット水準は書き換えられます。',
    caption: 'ブローカー別のロスカットまでの値幅',
    brokerColumn: 'ブローカー',
    leverageColumn: '最大レバレッジ（倍）',
    stopOutColumn: 'ロスカット水準（%）',
    marginColumn: '必要証拠金',
    distanceColumn: 'ロスカットまでの値幅',
    longColumn: '買いのロスカット価格',
    shortColumn: '売りのロスカット価格',
    leverageLabel: '{broker}の最大レバレッジ',
    stopOutLabel: '{broker}のロスカット水準',
    cannotOpen: 'エントリー不可',
    needsPosition:
      '「ポジションとロスカットまでの値幅」の入力に誤りがあるため、比較できません。',
    scrollHint: '表は横にスクロールできます。',
    reset: '各社の数値を元に戻す',
    sourceColumn: '出典',
  },

  share: {
    heading: 'この計算を共有する',
    intro:
      '下のURLを開くと、今の入力内容のまま計算ツールが開きます。サポートへの問い合わせや、ご家族への相談にお使いください。',
    label: 'この計算ツールのURL',
    copy: 'URLをコピー',
    copied: 'コピーしました',
    failed: 'コピーできませんでした。URLを選択してコピーしてください。',
    reset: 'すべての入力を最初の値に戻す',
  },
} satisfies CalculatorMessages;
