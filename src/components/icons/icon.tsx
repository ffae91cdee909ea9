import type { ReactNode, SVGProps } from 'react';

export type IconProps = SVGProps<SVGSVGElement>;

/**
 * Makes a 24×24 line icon drawn in the text colour. Icons are decorative unless given a name
 * (`aria-label`, `aria-labelledby` or a role): then they are announced, otherwise hidden.
 * The project's own small set, instead of an icon library whose runtime weighed more than
 * the dozen icons the app uses.
 */
export function icon(name: string, drawing: ReactNode) {
  function Icon(props: IconProps) {
    const named =
      props['aria-label'] !== undefined ||
      props['aria-labelledby'] !== undefined ||
      props.role !== undefined;
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 24 24"
        width={24}
        height={24}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden={named ? undefined : true}
        focusable="false"
        {...props}
      >
        {drawing}
      </svg>
    );
  }
  Icon.displayName = name;
  return Icon;
}
