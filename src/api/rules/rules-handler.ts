import type { FastifyReply, FastifyRequest } from 'fastify';
import { rulesCatalogue } from '../../rules';
import { presentRulesCatalogue } from './rules-presenter';

let body: string | undefined;

/** `GET /api/v1/rules`: the catalogue of rule sets and dated values. */
export async function getRules(_request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  body ??= presentRulesCatalogue(rulesCatalogue());
  return reply.code(200).type('application/json; charset=utf-8').send(body);
}
