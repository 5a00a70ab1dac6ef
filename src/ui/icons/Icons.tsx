// Small inline SVG icons (no icon font, no network). Decorative unless given a title.
import type { ReactNode, SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { title?: string };

function Svg({ title, children, ...rest }: IconProps & { children: ReactNode }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      {...rest}
    >
      {title ? <title>{title}</title> : null}
      {children}
    </svg>
  );
}

export const BlankVolumeIcon = (p: IconProps) => (
  <Svg {...p}>
    <ellipse cx="8" cy="3.5" rx="5" ry="1.8" strokeDasharray="2 1.5" />
    <path d="M3 3.5v9c0 1 2.2 1.8 5 1.8s5-.8 5-1.8v-9" strokeDasharray="2 1.5" />
  </Svg>
);

export const ImageVolumeIcon = (p: IconProps) => (
  <Svg {...p}>
    <ellipse cx="8" cy="3.5" rx="5" ry="1.8" />
    <path d="M3 3.5v9c0 1 2.2 1.8 5 1.8s5-.8 5-1.8v-9" />
    <path d="M3 7c0 1 2.2 1.8 5 1.8s5-.8 5-1.8M3 10c0 1 2.2 1.8 5 1.8s5-.8 5-1.8" />
  </Svg>
);

export const OciVolumeIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8 1.5 14 4.8v6.4L8 14.5 2 11.2V4.8z" />
    <path d="M2 4.8 8 8l6-3.2M8 8v6.5" />
  </Svg>
);

export const LockIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="3" y="7" width="10" height="7.5" rx="1.5" />
    <path d="M5.2 7V5a2.8 2.8 0 0 1 5.6 0v2" />
  </Svg>
);

export const ContainerIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <path d="M5 6v4M8 6v4M11 6v4" />
  </Svg>
);

export const KernelIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="4" y="4" width="8" height="8" rx="1" />
    <path d="M6 1.5v2.5M10 1.5v2.5M6 12v2.5M10 12v2.5M1.5 6H4M1.5 10H4M12 6h2.5M12 10h2.5" />
  </Svg>
);

export const ErrorIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="6.2" />
    <path d="M8 4.8v3.8M8 11v.2" />
  </Svg>
);

export const WarningIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8 2 14.5 13.5h-13z" />
    <path d="M8 6.5v3.2M8 11.6v.2" />
  </Svg>
);

export const InfoIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="6.2" />
    <path d="M8 7.2v4M8 4.8v.2" />
  </Svg>
);
