'use client';

import { needsRate, positionResult, quoteToAccount, type PositionResult } from '@/lib/calculator/compute';
import { valueOf } from '@/lib/calculator/fields';
import { SYMBOLS, type MarginSymbol } from '@/lib/margin/brokers';
import { useCalculator } from './context';

export interface PositionModel {
  symbol: MarginSymbol | undefined;
  /** Whether the rate field is needed (quote currency ≠ account currency). */
  rateNeeded: boolean;
  /** Balance + credit, when both are valid. */
  funds: number | undefined;
  price: number | undefined;
  quoteToAccount: number | undefined;
  /** undefined while a field it needs has an error. */
  result: PositionResult | undefined;
}

/** Section 2's position, read from the fields (also used by the broker comparison). */
export function usePosition(): PositionModel {
  const { state, read } = useCalculator();
  const symbol = SYMBOLS.find((s) => s.id === state.sym);
  const rateNeeded = symbol ? needsRate(symbol.quote, state.cur) : false;
  const balance = valueOf(read.pb);
  const credit = valueOf(read.pc);
  const funds = balance !== undefined && credit !== undefined ? balance + credit : undefined;
  const price = valueOf(read.px);
  const q2a = symbol ? quoteToAccount(symbol.quote, state.cur, rateNeeded ? valueOf(read.fx) : 1) : undefined;
  const lots = valueOf(read.lots);
  const leverage = valueOf(read.lev);
  const stopOutLevel = valueOf(read.so);
  const marginCallLevel = valueOf(read.mc);
  const result =
    symbol &&
    funds !== undefined &&
    price !== undefined &&
    q2a !== undefined &&
    lots !== undefined &&
    leverage !== undefined &&
    stopOutLevel !== undefined &&
    marginCallLevel !== undefined
      ? positionResult({
          funds,
          symbolId: symbol.id,
          accountType: state.type,
          lots,
          leverage,
          price,
          quoteToAccount: q2a,
          stopOutLevel,
          marginCallLevel,
        })
      : undefined;
  return { symbol, rateNeeded, funds, price, quoteToAccount: q2a, result };
}
