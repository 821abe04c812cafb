/** Self-rating per area (0–4), or none: then the plan assumes a level from the background. */
import { SKILL_AREA_LABELS, SKILL_AREAS } from '../../../shared/domain/skill-area';
import type { FieldErrors } from './errors';
import type { ProfileFormValues } from './form-values';

const LEVELS = ['None', 'Basics', 'Some', 'Good', 'Confident'] as const;

interface Props {
  values: ProfileFormValues;
  errors: FieldErrors;
  update: <K extends keyof ProfileFormValues>(field: K, value: ProfileFormValues[K]) => void;
}

export function SkillFields({ values, errors, update }: Props) {
  const rating = values.selfRating;
  return (
    <fieldset className="field" aria-invalid={errors['selfRating'] ? true : undefined}>
      <legend className="label">Your skills today</legend>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={rating !== null}
          onChange={(e) => update('selfRating', e.target.checked ? { 'python-foundations': 1, 'ml-modelling': 0, 'mlops-deployment': 0 } : null)}
        />
        Rate my skills myself (otherwise MLE Path assumes a level from your background; the readiness quiz refines it)
      </label>
      {rating && (
        <div className="rating-rows">
          {SKILL_AREAS.map((area) => (
            <fieldset key={area} className="rating-row">
              <legend className="small">{SKILL_AREA_LABELS[area]}</legend>
              <div className="segmented">
                {LEVELS.map((label, level) => (
                  <label key={label} className="segment">
                    <input type="radio" name={`rating-${area}`} checked={rating[area] === level} onChange={() => update('selfRating', { ...rating, [area]: level })} />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      )}
      {errors['selfRating'] && <p className="field-error">{errors['selfRating']}</p>}
    </fieldset>
  );
}
