import Link from 'next/link';
import { getMessages } from '@/content';
import type { Locale } from '@/lib/i18n';
import { hasStatusPage, officialSites } from '@/lib/official-sites';
import { absoluteUrl } from '@/lib/site';
import { ancestorsOf, flowTable, flowTableFor, rendersOnDemand, requireStep, serviceOf, stepPath, type Step } from '@/machines/wizard-graph';
import { AnswerLinks, type AnswerGroup } from '@/app/_components/wizard/client/answer-links';
import { AnswerTrail, type TrailLabels } from '@/app/_components/wizard/client/answer-trail';
import { ContactMessage, type ContactLabels } from '@/app/_components/wizard/client/contact-message';
import { ObservationsLoader } from '@/app/_components/wizard/client/checks-loader';
import { FixRateNote } from './fix-rate';
import { browserChecks } from './observation-frame';
import { SearchForm } from './search-form';
import { ShareStep, type ShareLabels } from '@/app/_components/wizard/client/share-step';
import { NoticeBox, SafetyBox, SourceNotes } from './step-notes';
import { StatusSection } from './status-section';
import { StepOutcome } from '@/app/_components/wizard/client/step-outcome';
import { WizardProvider } from '@/app/_components/wizard/client/wizard-context';
import { PageHeading } from '@/app/_components/shared/page-heading';

const kindStyle: Record<Step['meta']['kind'], string> = {
  question: 'bg-brand-100 text-brand-800',
  remedy: 'bg-warn-50 text-warn-700',
  contact: 'bg-calm-100 text-calm-800',
  solved: 'bg-ok-50 text-ok-700',
};

/** A tap target of at least 44 × 44 px for a text link. */
const textLink = 'inline-flex min-h-11 items-center font-medium text-brand-700 underline';

/**
 * One wizard step, rendered on the server from the machine (structure) and content (words).
 * Order, for a reader on a phone: what to do and "Did this fix it?" first; then what happens
 * next, safety and notices; then the browser's checks, the answers so far and sharing.
 */
export function StepView({ locale, step }: { locale: Locale; step: Step }) {
  const { ui, steps: texts, messages, observations, serviceStatus, search, safety, notices, sources } = getMessages(locale);
  const text = texts[step.meta.content];
  const service = serviceOf(step.id);
  const isRemedy = step.meta.kind === 'remedy';
  /** A remedy's answers are always "Did this fix it?"; a question's are its own. */
  const answerLabelsOf = (s: Step): Partial<Record<string, string>> =>
    s.meta.kind === 'remedy' ? { fixed: ui.answerFixed, notFixed: ui.answerNotFixed } : (texts[s.meta.content].answers ?? {});

  const labels = answerLabelsOf(step);
  const items = step.answers.map((answer) => ({
    token: answer.token,
    target: answer.target,
    label: labels[answer.token] ?? '',
    onDemand: rendersOnDemand(requireStep(answer.target)),
  }));
  const groups: AnswerGroup[] = text.answerGroups
    ? text.answerGroups.map((group) => ({ heading: group.heading, items: items.filter((item) => group.answers.includes(item.token)) }))
    : [{ items }];

  // Only the steps a trail to this step can pass through: every page carries these labels.
  const ancestors = ancestorsOf(step.id).filter((id) => id !== step.id);
  const trailLabels: TrailLabels = {
    heading: ui.trailHeading,
    change: ui.trailChange,
    empty: ui.trailEmpty,
    tampered: ui.trailTampered,
    startOver: ui.startOver,
    steps: Object.fromEntries(
      ancestors.map((id) => {
        const ancestor = requireStep(id);
        const t = texts[ancestor.meta.content];
        return [id, { title: ancestor.meta.kind === 'remedy' ? t.short : t.title, answers: answerLabelsOf(ancestor) }];
      }),
    ),
  };

  const template = step.meta.message ? messages[step.meta.message] : undefined;
  const contactLabels: ContactLabels = {
    to: ui.contactTo,
    subject: ui.contactSubject,
    body: ui.contactBody,
    tried: ui.contactTried,
    copy: ui.copy,
    copied: ui.copied,
    failed: ui.copyFailed,
  };
  // "What I tried" is written in the message's language (BitMEX messages are in English).
  const messageTexts = template ? getMessages(template.lang).steps : texts;
  const triedNames = Object.fromEntries(
    ancestors.filter((id) => requireStep(id).meta.kind === 'remedy').map((id) => [id, messageTexts[requireStep(id).meta.content].short]),
  );

  const shareLabels: ShareLabels = {
    heading: ui.shareHeading,
    hint: ui.shareHint,
    copyLink: ui.copyLink,
    copyShareLink: ui.copyShareLink,
    copied: ui.linkCopied,
    failed: ui.linkCopyFailed,
    link: ui.linkLabel,
  };
  // Without SITE_URL the address is shown as a path: no origin is made up (lib/site.ts).
  const pageUrl = absoluteUrl(stepPath(locale, step.id)) ?? stepPath(locale, step.id);
  const isStart = step.id === flowTable.start;
  const isSymptom = Boolean(text.answerGroups);
  const frameChecks = browserChecks(step.meta.checks ?? []);

  return (
    <WizardProvider value={{ locale, step: step.id, flow: flowTableFor(step.id) }}>
      <StepOutcome />
      <article className="grid gap-5" data-step={step.id} data-kind={step.meta.kind}>
        <header className="grid gap-2">
          <p>
            <span className={`inline-block rounded-full px-3 py-0.5 text-xs font-semibold ${kindStyle[step.meta.kind]}`}>
              {ui.stepKind[step.meta.kind]}
            </span>
          </p>
          <PageHeading>{text.title}</PageHeading>
          <p className="text-calm-600">{text.description}</p>
          {isRemedy ? <FixRateNote step={step.id} locale={locale} template={ui.fixRate} /> : null}
        </header>

        {text.warning ? (
          <aside className="rounded-xl border-l-4 border-danger-700 bg-danger-50 p-3" role="note">
            <p className="font-semibold text-danger-700">{ui.warningLabel}</p>
            <p>{text.warning}</p>
          </aside>
        ) : null}

        {text.procedure?.length ? (
          <section aria-labelledby="procedure-heading" className="grid gap-2">
            <h2 id="procedure-heading" className="text-lg font-semibold">
              {ui.procedureHeading}
            </h2>
            <ol className="grid list-none gap-2 [counter-reset:step]">
              {text.procedure.map((line) => (
                <li
                  key={line}
                  className="relative rounded-xl bg-white py-2.5 pl-11 pr-3 shadow-sm before:absolute before:left-3 before:top-3 before:flex before:h-6 before:w-6 before:items-center before:justify-center before:rounded-full before:bg-brand-700 before:text-xs before:font-bold before:text-white before:content-[counter(step)] [counter-increment:step]"
                >
                  {line}
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {items.length ? (
          <section aria-labelledby="answers-heading" className="grid gap-3 print:hidden">
            <h2 id="answers-heading" className={isRemedy ? 'text-lg font-semibold' : 'sr-only'}>
              {isRemedy ? ui.didItWork : text.title}
            </h2>
            {text.hint ? <p className="text-sm text-calm-600">{text.hint}</p> : null}
            <AnswerLinks groups={groups} openingLabel={ui.answerOpening} />
          </section>
        ) : null}

        {template ? (
          <section aria-labelledby="contact-heading" className="grid gap-4">
            <h2 id="contact-heading" className="text-lg font-semibold">
              {ui.stepKind.contact}
            </h2>
            <ContactMessage template={template} labels={contactLabels} triedNames={triedNames} url={pageUrl} />
            {template.prepare?.length ? (
              <div className="rounded-xl bg-white p-4">
                <h3 className="font-semibold">{ui.contactPrepare}</h3>
                <ul className="mt-2 list-disc pl-5">
                  {template.prepare.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        ) : null}

        {service && hasStatusPage(service) && step.meta.checks?.includes('status') ? (
          <StatusSection service={service} text={serviceStatus} suggestAnswer={step.meta.suggestWhenOutage} />
        ) : null}

        {text.next ? (
          <section aria-labelledby="next-heading" className="grid gap-1">
            <h2 id="next-heading" className="text-base font-semibold">
              {ui.nextHeading}
            </h2>
            <p>{text.next}</p>
          </section>
        ) : null}

        {text.note ? <p className="rounded-xl bg-brand-50 p-3 text-calm-800">{text.note}</p> : null}

        {step.meta.safety && service ? <SafetyBox text={safety[service]} site={officialSites[service]} /> : null}

        {step.meta.notices?.map((id) => <NoticeBox key={id} notice={notices[id]} sourceText={sources} locale={locale} />)}

        {isStart || isSymptom ? <SearchForm locale={locale} text={search} service={service} /> : null}

        {step.meta.calculator || isStart ? (
          <aside className="grid gap-1 rounded-xl border border-brand-100 bg-brand-50 p-3 print:hidden">
            <p className="text-sm">{ui.calculatorLinkHint}</p>
            <p>
              <Link href={`/${locale}/calculator`} className={`${textLink} font-semibold`}>
                {ui.calculatorLink}
              </Link>
            </p>
          </aside>
        ) : null}

        {frameChecks.length ? <ObservationsLoader checks={frameChecks} text={observations} suggestAnswer={step.meta.suggestWhenOffline} /> : null}

        {!isStart ? (
          <div className="grid gap-4 print:hidden">
            <AnswerTrail labels={trailLabels} />
            <ShareStep labels={shareLabels} url={pageUrl} />
            <p>
              <Link href={`/${locale}`} className={textLink}>
                {ui.startOver}
              </Link>
            </p>
          </div>
        ) : null}

        {text.sources?.length ? <SourceNotes ids={text.sources} text={sources} locale={locale} /> : null}

        <p className="hidden text-sm print:block">
          {ui.printLink}: <span className="font-mono">{pageUrl}</span>
        </p>
      </article>
    </WizardProvider>
  );
}
