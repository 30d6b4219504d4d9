import { z } from 'zod';
import type { BodyChanges as BodyChangesShape } from '../editor/body-changes';
import { describeShapeProblem, type StoredDocument, type StoredNode } from '../editor/document';

/** A stored article body: a serialized Lexical editor state, checked for shape without recursion. */
export const BodyDocument = z.custom<StoredDocument>((value) => describeShapeProblem(value) === null, {
  error: (issue) => describeShapeProblem(issue.input) ?? 'The body is not a valid document.',
});

const asDocument = (blocks: unknown) => ({ root: { type: 'root', children: blocks } });

/** Top-level blocks, checked for shape like a body's. */
const Blocks = z.custom<StoredNode[]>((value) => describeShapeProblem(asDocument(value)) === null, {
  error: (issue) => describeShapeProblem(asDocument(issue.input)) ?? 'The blocks are not valid body content.',
});

const Count = z.number().int().nonnegative();

/** The blocks changed since the saved revision (shared/editor/body-changes.ts). */
export const BodyChanges = z.object({
  splices: z
    .array(z.object({ start: Count, deleteCount: Count, replaced: z.string().max(40), blocks: Blocks }))
    .max(100_000),
  blockCount: Count,
  root: z.object({
    direction: z.enum(['ltr', 'rtl']).nullable(),
    format: z.string().max(16),
    indent: z.number().int().min(0).max(64),
  }),
}) satisfies z.ZodType<BodyChangesShape>;
