import sys
import no_such_module_here
