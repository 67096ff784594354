import { z } from 'zod';

/**
 * A function read from compromise's world, which its types give as `object`: checked to be a
 * function when the world is parsed, and typed as the caller says it is called.
 */
export const worldFunction = <T>() => z.custom<T>((f) => typeof f === 'function');
