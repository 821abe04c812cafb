/** Target role, cloud and specialisation: what the plan and exam sequence aim at. */
import { CLOUD_LABELS, CLOUD_PREFERENCES, SPECIALISATION_CHOICES, SPECIALISATION_LABELS, type CloudPreference, type SpecialisationChoice } from '../../../shared/domain/profile-options';
import { useContent } from '../shared/content';
import type { FieldErrors } from './errors';
import type { ProfileFormValues } from './form-values';

interface Props {
  id: string;
  values: ProfileFormValues;
  errors: FieldErrors;
  update: <K extends keyof ProfileFormValues>(field: K, value: ProfileFormValues[K]) => void;
}

export function GoalFields({ id, values, errors, update }: Props) {
  const { pack } = useContent();
  return (
    <>
      <fieldset className="field" aria-invalid={errors['targetRoleId'] ? true : undefined}>
        <legend className="label">Target role</legend>
        <div className="choice-grid choice-grid-2">
          {pack.targetRoles.map((role) => (
            <label key={role.id} className="choice">
              <input type="radio" name="targetRoleId" value={role.id} checked={values.targetRoleId === role.id} onChange={() => update('targetRoleId', role.id)} />
              <span className="choice-body">
                <span className="choice-title">{role.title}</span>
                <span className="choice-hint">{role.summary}</span>
              </span>
            </label>
          ))}
        </div>
        {errors['targetRoleId'] && <p className="field-error">{errors['targetRoleId']}</p>}
      </fieldset>
      <div className="field-row field-row-2">
        <div className="field">
          <label className="label" htmlFor={`${id}-cloud`}>
            Cloud you want to work with
          </label>
          <select id={`${id}-cloud`} value={values.cloud} onChange={(e) => update('cloud', e.target.value as CloudPreference)}>
            {CLOUD_PREFERENCES.map((c) => (
              <option key={c} value={c}>
                {CLOUD_LABELS[c]}
              </option>
            ))}
          </select>
          <p className="hint">Decides which provider's exams the plan recommends.</p>
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-spec`}>
            Specialisation
          </label>
          <select id={`${id}-spec`} value={values.specialisation} onChange={(e) => update('specialisation', e.target.value as SpecialisationChoice)}>
            {SPECIALISATION_CHOICES.map((c) => (
              <option key={c} value={c}>
                {SPECIALISATION_LABELS[c]}
              </option>
            ))}
          </select>
          <p className="hint">Adds a deep-dive milestone in the generative AI phase.</p>
        </div>
      </div>
    </>
  );
}
