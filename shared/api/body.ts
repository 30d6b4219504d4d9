import { z } from 'zod';
import { describeShapeProblem, type StoredDocument } from '../editor/document';

/** A stored article body: a serialized Lexical editor state, checked for shape without recursion. */
export const BodyDocument = z.custom<StoredDocument>((value) => describeShapeProblem(value) === null, {
  error: (issue) => describeShapeProblem(issue.input) ?? 'The body is not a valid document.',
});
