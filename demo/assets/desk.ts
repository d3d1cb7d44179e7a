// The staff desk's page: only the desk, which is not in the drop-in bundle (staff-only).
import '../../src/components/request-desk/define.ts';
