import { useTranslation } from 'react-i18next';
import { checkFirstLabel, checkFirstText } from '../i18n/content/safety';
import type { DescribedMuscle } from '../mapping';
import type { Voice } from '../state';

/**
 * The muscle's symptoms, each followed by its "have it checked first" notes: a symptom that other
 * causes share is put down to the muscle only once those are ruled out.
 */
export function SymptomList({ muscle, voice }: { readonly muscle: DescribedMuscle; readonly voice: Voice }) {
  const { t } = useTranslation();
  const notes = checkFirstText(t, voice, muscle.symptoms);
  const label = checkFirstLabel(t, voice);
  return (
    <ul className="symptoms">
      {muscle.symptoms.map((s, i) => (
        <li key={s.text}>
          {s.text}
          {notes[i]!.map((n) => (
            <p key={n.id} className={`check-first urgency-${n.urgency}`}>
              <strong>{label}:</strong> {n.text}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}
