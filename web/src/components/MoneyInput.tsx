import { Input, type InputProps, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import {
  caretAfterGrouping,
  cleanTypedYuan,
  fenToTypedYuan,
  groupTypedYuan,
  typedYuanToFen,
} from './money-input';

interface Props extends Omit<InputProps, 'value' | 'onChange' | 'prefix' | 'inputMode'> {
  /** The amount in fen as a digit string (what the API takes); null or undefined when blank. */
  value?: string | null;
  onChange?: (fen: string | null) => void;
}

/**
 * An amount in yuan for a form: ¥ in front, thousands separators as it is typed, two decimals
 * when the field is left; the form holds integer fen as a digit string, never a float.
 */
export function MoneyInput({ value, onChange, onBlur, ...props }: Props) {
  const [text, setText] = useState(() => fenToTypedYuan(value));
  const ref = useRef<InputRef>(null);
  // A value set from outside (a reset, a prefill) replaces what is shown.
  useEffect(() => {
    setText((shown) =>
      typedYuanToFen(cleanTypedYuan(shown)) === (value ?? null) ? shown : fenToTypedYuan(value),
    );
  }, [value]);
  return (
    <Input
      {...props}
      ref={ref}
      prefix="¥"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(e) => {
        const typed = e.target.value;
        const grouped = groupTypedYuan(cleanTypedYuan(typed));
        const caret = caretAfterGrouping(typed, e.target.selectionStart ?? typed.length, grouped);
        setText(grouped);
        onChange?.(typedYuanToFen(cleanTypedYuan(grouped)));
        requestAnimationFrame(() => ref.current?.setSelectionRange(caret, caret));
      }}
      onBlur={(e) => {
        const fen = typedYuanToFen(cleanTypedYuan(text));
        if (fen !== null) setText(fenToTypedYuan(fen));
        onBlur?.(e);
      }}
    />
  );
}
