/**
 * Commitments: the promise engine. A demand (an order line, known here only by an opaque
 * reference) gets a proposed ship date from available-to-promise; an ops planner confirms it, which
 * reserves the supply so nobody else is promised it. Every date given is kept as history.
 * Published API.
 */
package com.halowill.partnerhub.commitments;
