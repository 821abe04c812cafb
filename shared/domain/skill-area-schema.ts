/** zod schema of a skill area id (see skill-area.ts for why it is kept apart). */
import { z } from 'zod';
import { SKILL_AREAS } from './skill-area';

export const SkillAreaSchema = z.enum(SKILL_AREAS);
