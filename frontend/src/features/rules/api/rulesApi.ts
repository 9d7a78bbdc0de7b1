import { answered, client } from '../../../lib/api/client';
import type {
  RescoringProgress,
  RuleDefinition,
  RulesInForce,
  RulesPreview,
  RulesPublication,
} from '../../../lib/api/types';

/** Coordinators only: the signal rules, their preview and publication, the rescoring. */
export const rulesApi = {
  /** The rules in force, their history and the last rescoring. */
  rules: () => answered(client.GET('/api/v1/rules')) as Promise<RulesInForce>,

  /** What candidate rules would change in the open queue; nothing is written. 422 if invalid. */
  previewRules: (definition: RuleDefinition) =>
    answered(client.POST('/api/v1/rules/preview', { body: { definition } })) as Promise<RulesPreview>,

  /** Publishes a new version (409 if it exists) and starts rescoring the open reports. */
  publishRules: (definition: RuleDefinition, comment: string): Promise<RulesPublication> =>
    answered(client.POST('/api/v1/rules', { body: { definition, comment } })),

  rescoring: (): Promise<RescoringProgress> => answered(client.GET('/api/v1/rules/rescoring')),
};
