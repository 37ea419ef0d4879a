'use client';

import { useEffect } from 'react';
import { recordView } from './outcomes';
import { useWizard } from './wizard-context';

/**
 * Counts the step as shown, once each time it is shown: on the first load and on every
 * client-side change of step (a prefetch renders nothing and runs no effect, so it counts nothing).
 */
export function StepOutcome() {
  const { step, locale } = useWizard();
  useEffect(() => recordView(step, locale), [step, locale]);
  return null;
}
